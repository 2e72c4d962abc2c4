// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace estatedesk {

class ClientDetailPanel;
class ClientListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Session &session, QWidget *parent = nullptr);

    // On an empty database, asks whether to load demo data and loads it when told yes.
    // Returns true when demo data was loaded.
    bool offerDemoDataIfEmpty();

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *clientView() const { return m_clients; }
    ClientListModel *clientModel() const { return m_model; }
    ClientDetailPanel *detailPanel() const { return m_detail; }

private:
    void applyFilter();
    void updateCount();
    void showError(const QString &message);
    void importClients();
    void exportClients();

    Session m_session;
    QLineEdit *m_filter;
    QTableView *m_clients;
    ClientListModel *m_model;
    ClientDetailPanel *m_detail;
    QLabel *m_countLabel;
    QTimer *m_filterTimer;
};

} // namespace estatedesk
