// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AppIcon.h"
#include "FileDialogs.h"

#include "AuditLogPage.h"
#include "BackupsPage.h"
#include "CalendarSettingsPage.h"
#include "ChecklistFlag.h"
#include "ClientDetailPanel.h"
#include "ComplaintsPage.h"
#include "ContractsPage.h"
#include "DashboardPage.h"
#include "DatabaseChoiceDialog.h"
#include "FrontDeskPage.h"
#include "HandoversPage.h"
#include "LiveRefresh.h"
#include "LockScreen.h"
#include "MessageBox.h"
#include "OpeningChecklistPage.h"
#include "PolicySettingsPage.h"
#include "ReturnVisitsPage.h"
#include "StaffPage.h"
#include "SupervisionPage.h"
#include "UnitsBoardPage.h"
#include "ViewingsPage.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/OfficeTime.h"
#include "core/Phone.h"
#include "demo/DemoData.h"
#include "domain/Vocabulary.h"
#include "io/ClientCsv.h"
#include "io/PersonalDataExport.h"
#include "itemmodels/ClientListModel.h"
#include "repositories/ChangeFeed.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplaintRepository.h"
#include "repositories/HandoverRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Erasure.h"
#include "security/Permissions.h"
#include "security/ScreenLock.h"
#include "services/ScheduledJobs.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/IntegrityWatch.h"
#include "storage/ServerLink.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QProxyStyle>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace estatedesk {

namespace {

// The sort arrow of a list's header as office staff read it (Excel, Windows): pointing up for
// smallest first, down for largest first. Qt's Fusion style on Linux draws them the other way
// round, so the client list, newest (highest number) first, showed an arrow read as "ascending"
// over 1004, 1001.
class SortArrowStyle : public QProxyStyle
{
public:
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *header = qobject_cast<const QHeaderView *>(widget);
        if (element != PE_IndicatorHeaderArrow || !header)
            return QProxyStyle::drawPrimitive(element, option, painter, widget);
        QProxyStyle::drawPrimitive(header->sortIndicatorOrder() == Qt::AscendingOrder ? PE_IndicatorArrowUp
                                                                                      : PE_IndicatorArrowDown,
                                   option, painter, widget);
    }
};

QStringList kindList(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QLatin1String(n);
    return out;
}

} // namespace

MainWindow::MainWindow(const Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_filterTimer(new QTimer(this))
{
    updateTitle();
    setWindowIcon(appIcon());
    // The smallest size the pages are laid out for: smaller, the front desk's interests and
    // budget were cut through.
    setMinimumSize(kMinimumSize);
    resize(1280, 800);
    m_live = new LiveRefresh(this);
    buildTabs();
    buildCentralWidget();
    buildFileMenu();
    buildStatusBar();
    startBackgroundWork();
}

void MainWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::buildShownTabs);
    // The dashboard and the client list are always built: the dashboard notifies of deadlines
    // turning overdue, the status bar counts the clients (a count, the rows are read when shown).
    // The dashboard (its first read and its refreshes), the viewings, the complaints board and the
    // client list's long counts read on a thread of their own (BackgroundReader): the window paints
    // its frame before anything that grows with the office is read.
    m_reader = new BackgroundReader(m_session.db, this);
    m_dashboard = new DashboardPage(m_session, this, m_reader);
    watch(m_dashboard, {}, [this] { m_dashboard->refreshInBackground(); }); // every deadline and task
    m_clientsPage = buildClientsPage();
    addLazyTab(m_tabs, tr("Front desk"), &m_frontDesk, [this] { return buildFrontDesk(); });
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    addLazyTab(m_tabs, tr("Viewings"), &m_viewings, [this] { return buildViewings(); });
    addLazyTab(m_tabs, tr("Opening checklist"), &m_checklist, [this] { return buildChecklist(); });
    m_tabs->addTab(m_clientsPage, tr("Clients"));
    addSalesTabs();
    addAfterSalesTabs();
    // Supervisors and administrators: the whole page; the staff it appraises: their own appraisal.
    const bool appraised =
        QStringList{Vocabulary::Role::Reception, Vocabulary::Role::Consultant, Vocabulary::Role::Service}
            .contains(m_session.role);
    if (Permissions::allows(m_session.role, Action::PrintReports) || appraised)
        addLazyTab(m_tabs, appraised ? tr("My appraisal") : tr("Supervision"), &m_supervision, [this] {
            m_supervision = new SupervisionPage(m_session, this, m_reader);
            watch(m_supervision,
                  {"survey_campaigns", "survey_responses", "improvement_actions", "training_sessions",
                   "training_results", "kpi_snapshots", "appraisal_rewards", "appraisal_coaching", "settings",
                   "staff"},
                  [this] { m_supervision->reload(); });
            return m_supervision;
        });
    addSettingsTabs();
    // Reception and consultants start at the front desk; everyone else at the dashboard.
    const bool deskFirst =
        m_session.role == Vocabulary::Role::Reception || m_session.role == Vocabulary::Role::Consultant;
    m_tabs->setCurrentWidget(deskFirst ? static_cast<QWidget *>(frontDesk()) : m_dashboard);
}

void MainWindow::addSalesTabs()
{
    // Sales: the units board for everyone; contracts for the roles that may see them.
    auto *sales = tabsInTabs();
    sales->setObjectName(QStringLiteral("salesTabs"));
    addLazyTab(sales, tr("Units board"), &m_unitsBoard, [this] {
        m_unitsBoard = new UnitsBoardPage(m_session, this);
        watch(m_unitsBoard, {"units", "contracts"}, [this] { m_unitsBoard->reload(); });
        return m_unitsBoard;
    });
    if (Permissions::allows(m_session.role, Action::ReadContracts))
        addLazyTab(sales, tr("Contracts and payments"), &m_contracts, [this] {
            m_contracts = new ContractsPage(m_session, this);
            watch(m_contracts,
                  {"contracts", "payment_plans", "installments", "receipts", "loan_tax_steps",
                   "contract_questions", "units", "clients"},
                  [this] { m_contracts->reload(); });
            return m_contracts;
        });
    m_tabs->addTab(sales, tr("Sales"));
}

void MainWindow::addAfterSalesTabs()
{
    // After-sales: the complaints board and the handovers with their defect lists.
    m_afterSales = tabsInTabs();
    m_afterSales->setObjectName(QStringLiteral("afterSalesTabs"));
    addLazyTab(m_afterSales, tr("Complaints"), &m_complaints, [this] {
        m_complaints = new ComplaintsPage(m_session, this, m_reader);
        connect(m_complaints, &ComplaintsPage::openClient, this, &MainWindow::openClient);
        watch(m_complaints, {"complaints", "complaint_events", "clients", "staff"},
              [this] { m_complaints->reload(); });
        return m_complaints;
    });
    addLazyTab(m_afterSales, tr("Handovers and defects"), &m_handovers, [this] {
        m_handovers = new HandoversPage(m_session, this, m_reader);
        connect(m_handovers, &HandoversPage::complaintRaised, this, &MainWindow::openComplaint);
        watch(m_handovers, {"handovers", "defects", "units", "clients"},
              [this] { m_handovers->reloadInBackground(); });
        return m_handovers;
    });
    addLazyTab(m_afterSales, tr("Return visits"), &m_returnVisits, [this] {
        m_returnVisits = new ReturnVisitsPage(m_session, this);
        connect(m_returnVisits, &ReturnVisitsPage::recorded, m_dashboard, &DashboardPage::refresh);
        connect(m_returnVisits, &ReturnVisitsPage::openClient, this, &MainWindow::openClient);
        watch(m_returnVisits, {"scheduled_visits", "return_visits", "clients"},
              [this] { m_returnVisits->reload(); });
        return m_returnVisits;
    });
    m_tabs->addTab(m_afterSales, tr("After-sales"));
}

void MainWindow::addSettingsTabs()
{
    // Settings pages for the roles that may use them (the models library checks again); what
    // another supervisor or administrator changed shows on them.
    m_settings = tabsInTabs();
    m_settings->setObjectName(QStringLiteral("settingsTabs"));
    addLazyTab(m_settings, tr("Deadline policies"), &m_policyPage, [this] {
        m_policyPage = new PolicySettingsPage(m_session, this);
        connect(m_policyPage, &PolicySettingsPage::policiesChanged, m_dashboard, &DashboardPage::refresh);
        watch(m_policyPage, {"deadline_policies", "settings"}, [this] { m_policyPage->reload(); });
        return m_policyPage;
    });
    addLazyTab(m_settings, tr("Holiday calendar"), &m_calendarPage, [this] {
        m_calendarPage = new CalendarSettingsPage(m_session, this);
        connect(m_calendarPage, &CalendarSettingsPage::calendarChanged, m_dashboard, &DashboardPage::refresh);
        watch(m_calendarPage, {"calendar_days"}, [this] { m_calendarPage->reload(); });
        return m_calendarPage;
    });
    if (Permissions::allows(m_session.role, Action::ManageAccounts))
        addLazyTab(m_settings, tr("Staff accounts"), &m_staffPage, [this] {
            m_staffPage = new StaffPage(m_session, this);
            if (m_idle)
                connect(m_staffPage, &StaffPage::idleLockChanged, m_idle, &IdleWatcher::setIdleMinutes);
            watch(m_staffPage, {"staff"}, [this] { m_staffPage->reload(); });
            return m_staffPage;
        });
    if (Permissions::allows(m_session.role, Action::ManageBackups))
        addLazyTab(m_settings, tr("Backups"), &m_backupsPage, [this] {
            m_backupsPage = new BackupsPage(m_session, this);
            connect(m_backupsPage, &BackupsPage::restored, this, &MainWindow::refreshClientsAndDashboard);
            connect(m_backupsPage, &BackupsPage::restored, m_integrity, &IntegrityWatch::start);
            return m_backupsPage;
        });
    if (Permissions::allows(m_session.role, Action::ViewAuditLog))
        addLazyTab(m_settings, tr("Audit log"), &m_auditPage, [this] {
            m_auditPage = new AuditLogPage(m_session, this);
            watch(m_auditPage, {}, [this] { m_auditPage->search(); }); // every audited change
            return m_auditPage;
        });
    m_tabs->addTab(m_settings, tr("Settings"));
}

QWidget *MainWindow::buildFrontDesk()
{
    m_frontDesk = new FrontDeskPage(m_session, this);
    connect(m_frontDesk, &FrontDeskPage::openClient, this, &MainWindow::openClient);
    connect(m_frontDesk, &FrontDeskPage::registered, this, &MainWindow::refreshClientsAndDashboard);
    // A consultation answered on one page leaves the lists of the others.
    connect(m_frontDesk, &FrontDeskPage::consultationAnswered, m_dashboard, &DashboardPage::refresh);
    connect(m_dashboard, &DashboardPage::consultationAnswered, m_frontDesk, &FrontDeskPage::refreshQueue);
    connect(m_detail, &ClientDetailPanel::consultationAnswered, m_frontDesk, &FrontDeskPage::refreshQueue);
    watch(m_frontDesk, {"consultations", "clients", "rotation_places", "staff"}, [this] {
        m_frontDesk->refreshQueue();
        m_frontDesk->refreshRotation();
        m_frontDesk->recheckNewNumber(); // registered at another desk meanwhile?
    });
    return m_frontDesk;
}

QWidget *MainWindow::buildViewings()
{
    m_viewings = new ViewingsPage(m_session, this, m_reader);
    watch(m_viewings, {"appointments", "clients", "staff", "showrooms"}, [this] { m_viewings->reload(); });
    return m_viewings;
}

QWidget *MainWindow::buildChecklist()
{
    m_checklist = new OpeningChecklistPage(m_session, this);
    connect(m_checklist, &OpeningChecklistPage::changed, m_dashboard, &DashboardPage::refresh);
    watch(m_checklist, {"checklist_ticks", "settings"}, [this] { m_checklist->reload(); });
    return m_checklist;
}

void MainWindow::addLazyTab(QTabWidget *tabs, const QString &label, const void *target,
                            std::function<QWidget *()> build)
{
    auto *placeholder = new QWidget(tabs);
    tabs->addTab(placeholder, label);
    m_lazyTabs.push_back({tabs, placeholder, target, std::move(build)});
}

QTabWidget *MainWindow::tabsInTabs()
{
    auto *tabs = new QTabWidget(this);
    connect(tabs, &QTabWidget::currentChanged, this, &MainWindow::buildShownTabs);
    return tabs;
}

void MainWindow::buildTab(const void *target)
{
    const auto it = std::find_if(m_lazyTabs.begin(), m_lazyTabs.end(),
                                 [target](const LazyTab &t) { return t.target == target; });
    if (it == m_lazyTabs.end())
        return; // built already, or not a page of this role
    const LazyTab tab = *it;
    m_lazyTabs.erase(it);
    QWidget *page = tab.build();
    // The page takes the placeholder's place: inserted before it, made current if it was, and the
    // placeholder removed (the tabs' current page stays what it was).
    const int index = tab.tabs->indexOf(tab.placeholder);
    const bool current = tab.tabs->currentIndex() == index;
    tab.tabs->insertTab(index, page, tab.tabs->tabText(index));
    if (current)
        tab.tabs->setCurrentIndex(index);
    tab.tabs->removeTab(index + 1);
    tab.placeholder->deleteLater();
}

void MainWindow::buildShownTabs()
{
    // A tab just shown (or a window just shown) may show a placeholder, also within tabs in tabs.
    for (;;) {
        const auto shown = std::find_if(m_lazyTabs.begin(), m_lazyTabs.end(),
                                        [](const LazyTab &t) { return t.placeholder->isVisible(); });
        if (shown == m_lazyTabs.end())
            return;
        buildTab(shown->target);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    buildShownTabs();
}

void MainWindow::showPage(QWidget *page)
{
    // From the page outwards: each tab widget on the way shows the tab that holds the page.
    for (QWidget *w = page; w && w != this; w = w->parentWidget()) {
        QWidget *stack = w->parentWidget();
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(w) >= 0)
            tabs->setCurrentWidget(w);
    }
}

FrontDeskPage *MainWindow::frontDesk()
{
    return built(m_frontDesk);
}
ReturnVisitsPage *MainWindow::returnVisits()
{
    return built(m_returnVisits);
}
OpeningChecklistPage *MainWindow::checklist()
{
    return built(m_checklist);
}
ComplaintsPage *MainWindow::complaints()
{
    return built(m_complaints);
}
HandoversPage *MainWindow::handovers()
{
    return built(m_handovers);
}

void MainWindow::watch(QWidget *page, std::initializer_list<const char *> kinds, std::function<void()> reload)
{
    m_live->watch(page, kindList(kinds), std::move(reload));
}

void MainWindow::refreshClientsAndDashboard()
{
    m_model->refresh();
    m_dashboard->refresh();
}

void MainWindow::buildCentralWidget()
{
    // Above the pages: the banner that says the office server cannot be reached (hidden while it can).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    const auto banner = [central, centralLayout](const char *name) {
        auto *label = new QLabel(central);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setMargin(8);
        label->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdecea; color: #611a15; border-bottom: 2px solid #d93025; }"));
        label->hide();
        centralLayout->addWidget(label);
        return label;
    };
    m_serverBanner = banner("serverBanner");
    m_fileBanner = banner("fileBanner");
    showUnwritable();
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connectDashboard();
}

void MainWindow::connectDashboard()
{
    // Double-click on a dashboard item: the record itself where it has a board, else the client.
    connect(m_dashboard, &DashboardPage::openRecord, this,
            [this](qint64 clientId, const QString &entity, qint64 entityId) {
                if (entity == QLatin1String("complaints"))
                    return openComplaint(entityId);
                if (entity == QLatin1String("handovers") || entity == QLatin1String("defects"))
                    return openHandover(entity, entityId);
                if (entity == QLatin1String(ScheduledVisitRepository::kEntity))
                    return openReturnVisit(entityId);
                openClient(clientId);
            });
    connect(m_dashboard->checklistFlag(), &ChecklistFlag::openChecklist, this,
            [this] { showPage(checklist()); });
    // A consultation answered on the client's page leaves the dashboard's list; an edited client the list.
    connect(m_detail, &ClientDetailPanel::consultationAnswered, m_dashboard, &DashboardPage::refresh);
    connect(m_detail, &ClientDetailPanel::clientChanged, m_model, &ClientListModel::refresh);
}

void MainWindow::buildFileMenu()
{
    // Only what the role may do is offered (the models library refuses the rest anyway).
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    auto offer = [this](QAction *action, const QString &name, Action permission) {
        action->setObjectName(name);
        action->setVisible(Permissions::allows(m_session.role, permission));
    };
    offer(file->addAction(tr("&Import clients from CSV..."), this, &MainWindow::importClients),
          QStringLiteral("importClientsAction"), Action::ImportClients);
    offer(file->addAction(tr("&Export clients to CSV..."), this, &MainWindow::exportClients),
          QStringLiteral("exportClientsAction"), Action::ExportClients);
    offer(file->addAction(tr("Export the selected client's &personal data..."), this,
                          &MainWindow::exportPersonalData),
          QStringLiteral("exportPersonalDataAction"), Action::ExportPersonalData);
    QAction *merge = file->addAction(tr("&Merge a duplicate into the selected client..."), this,
                                     &MainWindow::mergeIntoSelected);
    offer(merge, QStringLiteral("mergeClientsAction"), Action::MergeClients);
    // Nothing is merged into an erased client (ClientRepository::refuseMerge): the menu says why.
    file->setToolTipsVisible(true);
    connect(m_detail, &ClientDetailPanel::clientShown, merge, [merge](qint64 clientId, bool erased) {
        merge->setEnabled(!erased);
        merge->setToolTip(erased ? Erasure::refusal(clientId, Erasure::Refused::Merge) : QString());
    });
    // Where this PC keeps its data (asked on the first start): for the administrator who moves
    // the office onto a server or adds a PC to it.
    offer(file->addAction(tr("&Database connection..."), this, &MainWindow::changeDatabaseConnection),
          QStringLiteral("databaseConnectionAction"), Action::ManageBackups);
    file->addSeparator();
    addLockActions(file);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainWindow::mergeIntoSelected()
{
    const qint64 keep = m_detail->clientId();
    if (keep <= 0) {
        MessageBox::information(this, tr("Merge clients"), tr("Select the client to keep first."));
        return;
    }
    bool ok = false;
    const int duplicate =
        QInputDialog::getInt(this, tr("Merge clients"), tr("Number (No.) of the duplicate record:"), 1, 1,
                             std::numeric_limits<int>::max(), 1, &ok);
    if (ok)
        mergeClients(keep, duplicate);
}

void MainWindow::changeDatabaseConnection()
{
    QSettings settings;
    const std::optional<DatabaseConfig> chosen = askForDatabase(settings, m_session.db->config());
    if (chosen)
        MessageBox::information(
            this, tr("Database connection"),
            tr("From its next start, EstateDesk on this PC opens %1.").arg(chosen->describe()));
}

void MainWindow::addLockActions(QMenu *file)
{
    // A shared PC: lock now, or let someone else sign in; the window also locks after the idle
    // time set by the administrator (Settings → Staff accounts).
    if (m_session.actorId <= 0)
        return;
    m_lock = new LockScreen(m_session, this);
    m_idle = new IdleWatcher(m_session.clock, ScreenLock::idleMinutes(m_session), this);
    connect(m_idle, &IdleWatcher::idle, m_lock, [this] { m_lock->lock(LockScreen::Mode::Locked); });
    connect(m_lock, &LockScreen::lockedChanged, m_dashboard, &DashboardPage::holdNotifications);
    connect(m_lock, &LockScreen::signedIn, this, [this](const Staff &staff) {
        if (staff.id == m_session.actorId)
            m_idle->restart();
        else
            emit switchUserRequested(staff);
    });
    QAction *lockNow = file->addAction(tr("&Lock the window"), QKeySequence(Qt::CTRL | Qt::Key_L), m_lock,
                                       [this] { m_lock->lock(LockScreen::Mode::Locked); });
    lockNow->setObjectName(QStringLiteral("lockAction"));
    QAction *switchUser = file->addAction(tr("S&witch user..."), m_lock,
                                          [this] { m_lock->lock(LockScreen::Mode::SwitchUser); });
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    file->addSeparator();
}

void MainWindow::buildStatusBar()
{
    // Status bar: which database is open and how many clients match.
    if (m_session.actorId > 0) {
        try {
            const Staff me = StaffRepository(m_session).get(m_session.actorId);
            auto *userLabel = new QLabel(
                tr("Signed in: %1 (%2)").arg(me.name, Vocabulary::label(Vocabulary::roles(), me.role)), this);
            userLabel->setObjectName(QStringLiteral("userLabel"));
            statusBar()->addWidget(userLabel);
        } catch (const Error &) {
        }
    }
    auto *dbLabel = new QLabel(tr("Database: %1").arg(m_session.db->config().describe()), this);
    dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(dbLabel, 1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("clientCount"));
    statusBar()->addPermanentWidget(m_countLabel);
    connectClientsPage();
    updateCount();
}

void MainWindow::connectClientsPage()
{
    // The filter runs as you type, after a short pause so fast typists are not slowed down.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    auto *focusFilter = new QShortcut(QKeySequence::Find, this);
    connect(focusFilter, &QShortcut::activated, m_filter, [this] {
        m_tabs->setCurrentWidget(m_clientsPage);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_clients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showClient(current.isValid() ? current.data(ClientListModel::IdRole).toLongLong()
                                                       : 0);
            });
    connect(m_model, &ClientListModel::countChanged, this, &MainWindow::updateCount);
    connect(m_model, &ClientListModel::loadFailed, this, &MainWindow::showError);
    connect(m_detail, &ClientDetailPanel::failed, this, &MainWindow::showError);
    watch(m_clientsPage,
          {"clients", "service_records", "consultations", "appointments", "contracts", "complaints",
           "follow_ups", "scheduled_visits", "return_visits", "staff"},
          [this] { reloadClients(); });
    // The status bar's count is on every page: a client added or removed on another PC changes it
    // at once, while the list behind another tab is read again only when it is shown.
    watch(m_countLabel, {"clients"}, [this] {
        if (!m_clientsPage->isVisible())
            m_model->refresh();
    });
}

void MainWindow::startBackgroundWork()
{
    // Automatic backups: checked every hour, taken at most once a day.
    auto *backupTimer = new QTimer(this);
    backupTimer->setInterval(3600'000);
    connect(backupTimer, &QTimer::timeout, this, &MainWindow::runScheduledJobs);
    backupTimer->start();
    startChangeWatcher();
    // On the office server: a banner while it cannot be reached, and everything read again when
    // it answers (what other PCs did meanwhile was not announced to this one).
    m_serverLink = new ServerLink(*m_session.db, this);
    connect(m_serverLink, &ServerLink::lost, this, &MainWindow::serverLost);
    connect(m_serverLink, &ServerLink::restored, this, &MainWindow::serverRestored);
    // The SQLite file is read through once the window is up (never on the start path), and again
    // after a restore.
    m_integrity = new IntegrityWatch(*m_session.db, this);
    connect(m_integrity, &IntegrityWatch::checked, this, &MainWindow::fileChecked);
    QTimer::singleShot(0, m_integrity, &IntegrityWatch::start);
}

void MainWindow::showUnwritable()
{
    const QString why = m_session.db->unwritable();
    m_fileBanner->setText(tr("Nothing can be saved in %1 now, and your sign-in could not be recorded: %2")
                              .arg(m_session.db->config().describe(), why));
    m_fileBanner->setVisible(!why.isEmpty());
}

void MainWindow::fileChecked(const QStringList &problems)
{
    if (problems.isEmpty()) {
        showUnwritable(); // a sound file can still be read-only or on a full disk
        return;
    }
    m_fileBanner->setText(
        tr("The database file %1 is damaged (%2). EstateDesk only reads it now: nothing can be saved. Close "
           "EstateDesk and start it again to put the latest good backup in its place (the damaged file is kept "
           "beside it), or an administrator restores a backup under Settings → Backups.")
            .arg(m_session.db->config().describe(), problems.constFirst()));
    m_fileBanner->show();
}

bool MainWindow::startChangeWatcher()
{
    delete m_changes;
    m_changes = nullptr;
    try {
        m_changes = new ChangeWatcher(m_session.db->config(), ChangeWatcher::allKinds(), this);
    } catch (const Error &e) {
        statusBar()->showMessage(
            tr("Other PCs' changes appear only when a page is opened again: %1").arg(e.message()));
        return false;
    }
    m_live->follow(m_changes);
    return true;
}

void MainWindow::serverLost(const QString &why)
{
    m_serverBanner->setText(
        tr("The office server (%1) cannot be reached since %2. What you typed stays on the screen, but "
           "nothing can be saved until EstateDesk is connected again; it reconnects by itself.")
            .arg(m_session.db->config().describe(),
                 OfficeTime::toOffice(m_session.clock->nowMs()).toString(QStringLiteral("HH:mm"))));
    m_serverBanner->setToolTip(why); // the server's own words, for whoever looks after it
    m_serverBanner->show();
}

void MainWindow::serverRestored()
{
    m_serverBanner->hide();
    startChangeWatcher();
    m_live->reloadAll();
    statusBar()->showMessage(
        tr("Connected to the office server again; the pages show what changed meanwhile."), 15000);
}

void MainWindow::reloadClients()
{
    const qint64 shown = m_detail->clientId();
    m_model->refresh();
    if (shown <= 0)
        return;
    const int row = m_model->findRow(shown, kOpenClientSearchPages);
    if (row >= 0) {
        m_clients->selectRow(row); // shows the client again, as the database has it now
        return;
    }
    // Not in the list's first pages, or gone (merged or removed on another PC).
    bool exists = true;
    try {
        ClientRepository(m_session).get(shown);
    } catch (const Error &) {
        exists = false;
    }
    m_detail->showClient(exists ? shown : 0);
}

MainWindow::~MainWindow()
{
    if (m_jobs)
        m_jobs->wait(); // its connection closes with it
}

void MainWindow::runScheduledJobs()
{
    if (m_jobs)
        return; // the previous run is still at work
    if (!m_session.db->unwritable().isEmpty())
        return; // nothing can be written: every job would fail with what the banner already says
    const Session session = m_session;
    m_jobs = QThread::create([this, session] {
        QStringList failures, done;
        for (const ScheduledJobs::Result &r : ScheduledJobs(session).runDue()) {
            if (r.outcome == ScheduledJobs::Outcome::Failed)
                failures << ScheduledJobs::describe(r);
            else if (r.outcome == ScheduledJobs::Outcome::Done && r.count > 0 &&
                     (r.job == QLatin1String("retention") || r.job == QLatin1String("backup")))
                done << ScheduledJobs::describe(r);
        }
        session.db->closeThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, failures, done] { showJobResults(failures, done); }, Qt::QueuedConnection);
    });
    m_jobs->setParent(this);
    connect(m_jobs, &QThread::finished, this, [this] {
        m_jobs->deleteLater();
        m_jobs = nullptr;
    });
    m_jobs->start();
}

void MainWindow::showJobResults(const QStringList &failures, const QStringList &done)
{
    // A failure stays longer and is named by its job; the backup and retention say what they did.
    if (!failures.isEmpty())
        statusBar()->showMessage(failures.join(QStringLiteral("  ")), 30000);
    else if (!done.isEmpty())
        statusBar()->showMessage(done.join(QStringLiteral("  ")), 10000);
    emit jobsFinished(failures + done);
}

QWidget *MainWindow::buildClientsPage()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("clientFilter"));
    m_filter->setPlaceholderText(tr("Find a client by name or phone (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);

    m_model = new ClientListModel(m_session, this, m_reader);
    m_clients = new QTableView(left);
    m_clients->setObjectName(QStringLiteral("clientList"));
    m_clients->setModel(m_model);
    m_clients->setSortingEnabled(true);
    auto *arrows = new SortArrowStyle;
    arrows->setParent(m_clients->horizontalHeader());
    m_clients->horizontalHeader()->setStyle(arrows);
    m_clients->sortByColumn(ClientListModel::IdColumn, Qt::DescendingOrder); // newest first
    m_clients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clients->verticalHeader()->hide();
    m_clients->verticalHeader()->setDefaultSectionSize(m_clients->fontMetrics().height() + 8);
    m_clients->horizontalHeader()->setStretchLastSection(true);
    m_clients->setColumnWidth(ClientListModel::IdColumn, 70);
    m_clients->setColumnWidth(ClientListModel::NameColumn, 90);
    m_clients->setColumnWidth(ClientListModel::PhoneColumn, 130);
    m_clients->setColumnWidth(ClientListModel::GenderColumn, 50);
    m_clients->setColumnWidth(ClientListModel::SourceColumn, 80);
    m_clients->setColumnWidth(ClientListModel::ConsultantColumn, 90);
    leftLayout->addWidget(m_clients, 1);

    m_detail = new ClientDetailPanel(m_session, page);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);

    pageLayout->addWidget(splitter);
    return page;
}

void MainWindow::openComplaint(qint64 complaintId)
{
    showPage(complaints());
    m_complaints->showComplaint(complaintId); // at once, or when the board's rows come
}

void MainWindow::openHandover(const QString &entity, qint64 entityId)
{
    showPage(handovers());
    try {
        const qint64 handoverId = entity == QLatin1String("defects")
                                      ? HandoverRepository(m_session).defect(entityId).handoverId
                                      : entityId;
        m_handovers->reload();
        if (!m_handovers->selectHandover(handoverId)) { // done, or otherwise not in the scheduled list
            m_handovers->scopeBox()->setCurrentIndex(
                m_handovers->scopeBox()->findData(QStringLiteral("all")));
            m_handovers->selectHandover(handoverId);
        }
        if (entity == QLatin1String("defects"))
            m_handovers->selectDefect(entityId);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void MainWindow::openReturnVisit(qint64 visitId)
{
    showPage(returnVisits());
    m_returnVisits->reload();
    m_returnVisits->selectVisit(visitId);
}

void MainWindow::openClient(qint64 clientId)
{
    m_tabs->setCurrentWidget(m_clientsPage);
    // The list's selection follows: the client's row when the list holds it, else no row at all
    // (never the previously selected client next to another client's details).
    const int row = m_model->findRow(clientId, kOpenClientSearchPages);
    if (row >= 0) {
        m_clients->selectRow(row);
        m_clients->scrollTo(m_model->index(row, 0));
    } else {
        m_clients->selectionModel()->clear();
    }
    m_detail->showClient(clientId);
}

void MainWindow::applyFilter()
{
    m_filterTimer->stop();
    m_model->setFilterText(m_filter->text());
    if (m_model->rowCount() > 0)
        m_clients->selectRow(0);
    else
        m_detail->showClient(0);
}

void MainWindow::updateCount()
{
    // Past the list's cap the exact count is still being read: what is known is said.
    const bool filtered = !m_filter->text().trimmed().isEmpty();
    if (!m_model->isCountExact())
        m_countLabel->setText(
            filtered ? tr("More than %Ln client(s) match, counting…", nullptr, m_model->rowCount())
                     : tr("More than %Ln client(s), counting…", nullptr, m_model->rowCount()));
    else if (!filtered)
        m_countLabel->setText(tr("%n client(s)", nullptr, m_model->rowCount()));
    else
        m_countLabel->setText(tr("%n client(s) match", nullptr, m_model->rowCount()));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    MessageBox::critical(this, tr("EstateDesk"), message);
}

void MainWindow::updateTitle()
{
    bool practice = false;
    try {
        practice = SettingsRepository(m_session).isPractice();
    } catch (const Error &) {
        // A database that cannot be read says so on its pages; the title stays plain.
    }
    // Ends with the application's display name (main() sets it to this same name), which the window
    // system would otherwise append once more: "EstateDesk — practice database — EstateDesk".
    setWindowTitle(practice ? tr("Practice database — %1").arg(tr("EstateDesk")) : tr("EstateDesk"));
}

bool MainWindow::offerDemoDataIfEmpty()
{
    try {
        if (ClientRepository(m_session).count() > 0)
            return false;
        if (MessageBox::question(
                this, tr("Empty database"),
                tr("This database has no clients yet.\n\nLoad demo data (1,000 sample clients with "
                   "their consultations, viewings, contracts and complaints) to try EstateDesk out?\n\n"
                   "The database then becomes a practice database, as its window title says: the office's "
                   "real work starts in an empty one.")) != QMessageBox::Yes)
            return false;
        QProgressDialog progress(tr("Creating demo data..."), QString(), 0, 100, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        DemoData::generate(m_session, 1000, 1, [&progress](int percent) { progress.setValue(percent); });
        m_model->refresh();
        updateTitle();
        return true;
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
}

void MainWindow::importClients()
{
    const QString path =
        FileDialogs::openFile(this, tr("Import clients"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importClientsFrom(path);
}

bool MainWindow::importClientsFrom(const QString &path)
{
    // A long list is cut, with how many more there are: the console program prints them all.
    auto listed = [](const QStringList &lines) {
        const int shown = 30;
        QString text = lines.mid(0, shown).join(u'\n');
        if (lines.size() > shown)
            text += u'\n' + tr("… and %n more.", nullptr, int(lines.size() - shown));
        return text;
    };
    try {
        const ClientCsv::ImportResult r = ClientCsv::importFile(m_session, path);
        if (!r.errors.isEmpty()) {
            // What else the file needs (an unknown source on another line): the console program
            // prints it too, and the corrected file would otherwise bring it up only next time.
            QString refusal = tr("Nothing was imported. Please correct these lines and import again:\n\n%1")
                                  .arg(listed(r.errors));
            if (!r.warnings.isEmpty())
                refusal += QStringLiteral("\n\n") +
                           tr("Please also check these lines:\n\n%1").arg(listed(r.warnings));
            MessageBox::critical(this, tr("Import clients"), refusal);
            return false;
        }
        m_model->refresh();
        QString summary = tr("Imported %n client(s).", nullptr, r.imported);
        if (!r.warnings.isEmpty())
            summary +=
                u'\n' + tr("Please check these lines (imported as described):\n\n%1").arg(listed(r.warnings));
        MessageBox::information(this, tr("Import clients"), summary);
        return true;
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
}

bool MainWindow::mergeClients(qint64 keepId, qint64 duplicateId)
{
    try {
        ClientRepository(m_session).refuseMerge(keepId, duplicateId); // before asking
        const Client keep = ClientRepository(m_session).get(keepId);
        const Client dup = ClientRepository(m_session).get(duplicateId);
        if (MessageBox::question(
                this, tr("Merge clients"),
                tr("Merge %1 (No. %2) into %3 (No. %4)?\n\nEvery service record, consultation, viewing, "
                   "contract and complaint of No. %2 moves to No. %4, and No. %2 is removed. Its phone "
                   "number %5 (and its other numbers) become other numbers of No. %4: the front desk and "
                   "the search find No. %4 by them too.")
                    .arg(dup.name)
                    .arg(dup.id)
                    .arg(keep.name)
                    .arg(keep.id)
                    .arg(Phone::display(dup.phone))) != QMessageBox::Yes)
            return false;
        ClientRepository(m_session).merge(keepId, duplicateId);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    m_model->refresh();
    m_detail->showClient(keepId);
    return true;
}

void MainWindow::exportPersonalData()
{
    const qint64 id = m_detail->clientId();
    if (id <= 0) {
        MessageBox::information(this, tr("Personal data"), tr("Select a client first."));
        return;
    }
    const QString path =
        FileDialogs::saveFile(this, tr("Export personal data"), QStringLiteral("client-%1.json").arg(id),
                              tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    try {
        PersonalDataExport::writeFile(m_session, id, path);
        statusBar()->showMessage(tr("Personal data written to %1.").arg(path), 10000);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void MainWindow::exportClients()
{
    const QString path = FileDialogs::saveFile(this, tr("Export clients"), QStringLiteral("clients.csv"),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const int n = ClientCsv::exportFile(m_session, path);
        statusBar()->showMessage(tr("Exported %n client(s).", nullptr, n), 10000);
    } catch (const Error &e) {
        showError(e.message());
    }
}

} // namespace estatedesk
