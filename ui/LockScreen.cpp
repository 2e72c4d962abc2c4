// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockScreen.h"

#include "SignInDialogs.h"

#include "core/Clock.h"
#include "core/Errors.h"
#include "domain/Vocabulary.h"
#include "repositories/StaffRepository.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace estatedesk {

IdleWatcher::IdleWatcher(const Clock *clock, int idleMinutes, QObject *parent)
    : QObject(parent), m_clock(clock), m_minutes(idleMinutes), m_lastInput(clock->nowMs()),
      m_timer(new QTimer(this))
{
    qApp->installEventFilter(this);
    m_timer->setInterval(15'000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_timer->start();
}

void IdleWatcher::setIdleMinutes(int minutes)
{
    m_minutes = minutes;
}

void IdleWatcher::restart()
{
    m_lastInput = m_clock->nowMs();
    m_reported = false;
}

bool IdleWatcher::check()
{
    if (m_minutes <= 0 || m_reported || m_clock->nowMs() - m_lastInput < m_minutes * 60'000LL)
        return false;
    m_reported = true;
    emit idle();
    return true;
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::InputMethod: // Chinese arrives through the input method
        if (!m_reported)
            m_lastInput = m_clock->nowMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

LockScreen::LockScreen(const Session &session, QWidget *window) : QWidget(window), m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    build();
    try {
        m_ownName = StaffRepository(m_session).get(m_session.actorId).name;
    } catch (const Error &) {
    }
}

LockScreen::LockScreen(const Session &session, QWidget *dialog, LockScreen *main)
    : QWidget(dialog), m_session(session), m_main(main)
{
    setObjectName(QStringLiteral("dialogLockScreen"));
    build();
}

void LockScreen::build()
{
    // Opaque: nothing of the window shows through.
    setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setMaximumWidth(460);
    auto *layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    layout->addWidget(m_title);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("lockName"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #842029"));
    layout->addWidget(m_error);
    m_signIn = new QPushButton(tr("Sign in"), box);
    m_signIn->setObjectName(QStringLiteral("lockSignIn"));
    m_signIn->setDefault(true);
    layout->addWidget(m_signIn, 0, Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(m_signIn, &QPushButton::clicked, this, &LockScreen::trySignIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::trySignIn);
    connect(m_name, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    parentWidget()->installEventFilter(this);
    hide();
}

void LockScreen::lock(Mode mode)
{
    m_error->clear();
    m_password->clear();
    if (mode == Mode::Locked) {
        m_title->setText(
            tr("The window is locked. %1, please enter your password to continue: everything you typed is "
               "kept. Someone else can sign in with their own name.")
                .arg(m_ownName));
        m_name->setText(m_ownName);
    } else {
        m_title->setText(
            tr("Switch user: sign in with your own name and password. Signing in again as %1 returns to "
               "the window as it was.")
                .arg(m_ownName));
        m_name->clear();
    }
    setCovered(true);
    coverDialogs(true);
    // Input goes to the open modal dialog if there is one, so its cover is where to type.
    LockScreen *typing = this;
    for (const QPointer<LockScreen> &cover : std::as_const(m_dialogCovers))
        if (cover && cover->parentWidget() == QApplication::activeModalWidget())
            typing = cover;
    (mode == Mode::Locked ? typing->m_password : typing->m_name)->setFocus();
}

void LockScreen::coverDialogs(bool covered)
{
    if (!covered) {
        for (const QPointer<LockScreen> &cover : std::as_const(m_dialogCovers))
            if (cover) {
                cover->setCovered(false);
                cover->parentWidget()->setMinimumSize(cover->m_minimumBefore);
                cover->deleteLater();
            }
        m_dialogCovers.clear();
        return;
    }
    QWidget *window = parentWidget();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        // The dialogs on screen (menus and tooltips close by themselves); another account's
        // window has its own lock.
        if (top == window || !top->isVisible() || top->windowType() != Qt::Dialog ||
            top->findChild<LockScreen *>(QStringLiteral("lockScreen"), Qt::FindDirectChildrenOnly))
            continue;
        auto *cover = new LockScreen(m_session, top, this);
        cover->m_ownName = m_ownName;
        cover->m_title->setText(
            tr("The window is locked. %1, please enter your password to continue: everything you typed "
               "is kept.")
                .arg(m_ownName));
        cover->m_name->setText(m_name->text());
        cover->m_minimumBefore = top->minimumSize();
        const QSize room =
            cover->sizeHint().expandedTo(QSize(520, 320)); // the sign-in readable, not squeezed
        top->setMinimumSize(top->minimumSize().expandedTo(room));
        top->resize(top->size().expandedTo(room));
        cover->setCovered(true);
        m_dialogCovers.append(cover);
    }
}

bool LockScreen::trySignIn()
{
    Staff staff;
    if (!checkSignIn(m_session, m_name, m_password, m_error, &staff))
        return false;
    if (m_main) { // a dialog's cover: the whole window unlocks, for its own account only
        if (staff.id != m_session.actorId) {
            m_password->clear();
            m_error->setText(
                tr("A dialog of %1 is open: only %1 can unlock now. Sign in as yourself once it is closed.")
                    .arg(m_ownName));
            return false;
        }
        m_main->setCovered(false);
        m_main->coverDialogs(false);
        emit m_main->signedIn(staff);
        return true;
    }
    // The same account gets its window back as it was; another account gets a window of its own
    // (the one under this cover stays covered until it goes).
    if (staff.id == m_session.actorId) {
        setCovered(false);
        coverDialogs(false);
    }
    emit signedIn(staff);
    return true;
}

void LockScreen::setCovered(bool covered)
{
    QWidget *window = parentWidget();
    if (covered == m_locked)
        return;
    m_locked = covered;
    // Everything under the cover stops taking input — widgets, menus and shortcuts — and keeps
    // its contents; what was enabled before is enabled again afterwards.
    static const char *kDisabledByLock = "estatedesk_disabledByLock";
    auto underCover = [this](QObject *o) {
        for (QObject *p = o; p; p = p->parent())
            if (p == this)
                return false;
        return true;
    };
    if (covered) {
        m_focusBefore = window->focusWidget();
        for (QWidget *w : window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (w != this && !w->isWindow() && w->isEnabled()) {
                w->setProperty(kDisabledByLock, true);
                w->setEnabled(false);
            }
        for (QAction *a : window->findChildren<QAction *>())
            if (a->isEnabled() && underCover(a)) {
                a->setProperty(kDisabledByLock, true);
                a->setEnabled(false);
            }
        for (QShortcut *s : window->findChildren<QShortcut *>())
            if (s->isEnabled() && underCover(s)) {
                s->setProperty(kDisabledByLock, true);
                s->setEnabled(false);
            }
        setGeometry(window->rect());
        show();
        raise();
        if (!m_main)
            emit lockedChanged(true);
        return;
    }
    hide();
    if (!m_main)
        emit lockedChanged(false);
    auto restore = [](QObject *o) {
        if (!o->property(kDisabledByLock).toBool())
            return false;
        o->setProperty(kDisabledByLock, QVariant());
        return true;
    };
    for (QWidget *w : window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (restore(w))
            w->setEnabled(true);
    for (QAction *a : window->findChildren<QAction *>())
        if (restore(a))
            a->setEnabled(true);
    for (QShortcut *s : window->findChildren<QShortcut *>())
        if (restore(s))
            s->setEnabled(true);
    if (m_focusBefore)
        m_focusBefore->setFocus();
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    // Escape would reach the dialog under the cover and cancel it, losing what was typed there.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && m_locked)
        setGeometry(parentWidget()->rect());
    if (watched == parentWidget() && event->type() == QEvent::Close && m_locked && m_main) {
        event->ignore(); // a covered dialog stays open until its owner is back
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace estatedesk
