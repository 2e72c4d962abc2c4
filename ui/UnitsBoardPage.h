// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace estatedesk {

// Sales control at a glance (销控): one building's units floor by floor, coloured by state
// (available, reserved, contracted, handed over).
class UnitsBoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitsBoardPage(const Session &session, QWidget *parent = nullptr);

    // The shown building again, as the database has it now.
    void reload();
    static QColor stateColour(const QString &state);

private:
    void showBuilding(const QString &building);
    Session m_session;
    QComboBox *m_building;
    QTableWidget *m_grid;
    QLabel *m_summary;
};

} // namespace estatedesk
