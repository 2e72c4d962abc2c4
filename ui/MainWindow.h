// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "repositories/Session.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTabWidget;
class QThread;
class QTimer;

namespace estatedesk {

class CalendarSettingsPage;
class ChangeWatcher;
class IntegrityWatch;
class LiveRefresh;
class ServerLink;
class UnitsBoardPage;
class BackgroundReader;
class ComplaintsPage;
class ContractsPage;
class SupervisionPage;
class HandoversPage;
class OpeningChecklistPage;
class ReturnVisitsPage;
class ClientDetailPanel;
class BackgroundReader;
class ClientListModel;
class DashboardPage;
class FrontDeskPage;
class ViewingsPage;
class PolicySettingsPage;
class StaffPage;
class AuditLogPage;
class BackupsPage;
class IdleWatcher;
class LockScreen;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr QSize kMinimumSize{1024, 600};

    explicit MainWindow(const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // On an empty database, asks whether to load demo data and loads it when told yes.
    // Returns true when demo data was loaded.
    bool offerDemoDataIfEmpty();

    // Pages are built the first time their tab shows (issue 18: a quick start); asking for one
    // builds it. Null for a page the role does not have.
    DashboardPage *dashboard() const { return m_dashboard; } // always built: it notifies of deadlines
    FrontDeskPage *frontDesk();
    // Selects the tabs (and the tabs within tabs) that show page.
    void showPage(QWidget *page);
    // Shows a client on the Clients page (from the dashboard, a search, ...).
    void openClient(qint64 clientId);
    // Shows a complaint on the complaints board (all complaints, so a closed one is found too).
    void openComplaint(qint64 complaintId);
    // Shows the handover of a handover or defect record with its defect list.
    void openHandover(const QString &entity, qint64 entityId);
    // Shows a regular return visit on the after-sales page.
    void openReturnVisit(qint64 visitId);
    ReturnVisitsPage *returnVisits();
    OpeningChecklistPage *checklist();
    ComplaintsPage *complaints();
    HandoversPage *handovers();
    // The scheduled jobs that are due (at start and every hour; models' ScheduledJobs), on a worker
    // thread with its own connection; each job's result shows in the status bar by its name, and
    // jobsFinished() follows.
    void runScheduledJobs();
    // A shared PC: the watcher of the idle time after which the window locks (File → Lock and
    // File → Switch user lock it at once). Null before anyone has signed in.
    IdleWatcher *idleWatcher() const { return m_idle; }
    // Reads the client list again, keeping the selected client (what another PC changed).
    void reloadClients();
    // Null when the database cannot be watched (the status bar says so).
    ChangeWatcher *changeWatcher() const { return m_changes; }
    // The link to the office server (does nothing on SQLite), and the banner shown while it is down.
    ServerLink *serverLink() const { return m_serverLink; }
    // The read-through of the SQLite file once the window shows, and the banner when it is damaged.
    QLabel *fileBanner() const { return m_fileBanner; }

signals:
    // Someone else signed in at the lock screen: their window replaces this one (SessionWindows).
    void switchUserRequested(const Staff &staff);
    void jobsFinished(const QStringList &messages);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // "EstateDesk", or "Practice database — EstateDesk" on one made by the demo data.
    void updateTitle();
    // The constructor's parts.
    void buildTabs();
    void addSalesTabs();
    void addAfterSalesTabs();
    void addSettingsTabs();
    void buildCentralWidget();
    void connectDashboard();
    void buildFileMenu();
    void addLockActions(QMenu *file);
    void buildStatusBar();
    void startBackgroundWork();
    // A tab whose page is built the first time it shows, or when built() asks for it: build makes
    // the page, sets the member whose address is target, and connects the page to the others.
    struct LazyTab
    {
        QTabWidget *tabs;
        QWidget *placeholder;
        const void *target;
        std::function<QWidget *()> build;
    };
    // A tab widget within the main tabs (Sales, After-sales, Settings), whose placeholders build too.
    QTabWidget *tabsInTabs();
    void addLazyTab(QTabWidget *tabs, const QString &label, const void *target,
                    std::function<QWidget *()> build);
    void buildTab(const void *target);
    void buildShownTabs();
    template <class Page> Page *built(Page *&page)
    {
        buildTab(&page);
        return page;
    }
    QWidget *buildFrontDesk();
    QWidget *buildViewings();
    QWidget *buildChecklist();
    QWidget *buildClientsPage();
    void connectClientsPage();
    // reload runs when another PC changes one of kinds (LiveRefresh::watch).
    void watch(QWidget *page, std::initializer_list<const char *> kinds, std::function<void()> reload);
    // (Re)starts the watcher of other PCs' changes; false when it cannot (the status bar says why).
    bool startChangeWatcher();
    void serverLost(const QString &why);
    void serverRestored();
    void fileChecked(const QStringList &problems);
    // The banner of a database that takes no writes (a full disk, read-only), hidden when it does.
    void showUnwritable();
    // How many pages of the client list openClient() reads to find the client's row.
    static constexpr int kOpenClientSearchPages = 10;
    void showJobResults(const QStringList &failures, const QStringList &done);
    void applyFilter();
    void updateCount();
    void showError(const QString &message);
    void importClients();
    // Imports a CSV file of clients and shows the summary: imported, or the lines to correct,
    // with the warnings (sources kept as written, ignored columns).
    bool importClientsFrom(const QString &path);
    // Merges a duplicate client record into the one kept, after asking.
    bool mergeClients(qint64 keepId, qint64 duplicateId);
    void exportClients();
    void exportPersonalData();
    void mergeIntoSelected();
    void changeDatabaseConnection();
    void refreshClientsAndDashboard();

    Session m_session;
    // The long reads of the dashboard's timed refresh, the viewings, the complaints board, the units
    // awaiting a handover and the client list's counts, on a thread of their own.
    BackgroundReader *m_reader = nullptr;
    QThread *m_jobs = nullptr;
    std::vector<LazyTab> m_lazyTabs;
    QTabWidget *m_tabs = nullptr;
    DashboardPage *m_dashboard = nullptr;
    FrontDeskPage *m_frontDesk = nullptr;
    ViewingsPage *m_viewings = nullptr;
    CalendarSettingsPage *m_calendarPage = nullptr;
    PolicySettingsPage *m_policyPage = nullptr;
    StaffPage *m_staffPage = nullptr;
    AuditLogPage *m_auditPage = nullptr;
    BackupsPage *m_backupsPage = nullptr;
    QWidget *m_clientsPage = nullptr;
    QTabWidget *m_settings = nullptr;
    QTabWidget *m_afterSales = nullptr;
    ComplaintsPage *m_complaints = nullptr;
    HandoversPage *m_handovers = nullptr;
    ReturnVisitsPage *m_returnVisits = nullptr;
    OpeningChecklistPage *m_checklist = nullptr;
    ContractsPage *m_contracts = nullptr;
    SupervisionPage *m_supervision = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_clients = nullptr;
    ClientListModel *m_model = nullptr;
    ClientDetailPanel *m_detail = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_filterTimer;
    ChangeWatcher *m_changes = nullptr;
    LiveRefresh *m_live = nullptr;
    ServerLink *m_serverLink = nullptr;
    QLabel *m_serverBanner = nullptr;
    IntegrityWatch *m_integrity = nullptr;
    QLabel *m_fileBanner = nullptr;
    UnitsBoardPage *m_unitsBoard = nullptr;
    LockScreen *m_lock = nullptr;
    IdleWatcher *m_idle = nullptr;
};

} // namespace estatedesk
