// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace estatedesk {

// Settings → backups (administrators): where the automatic copies go, the copies kept, a copy
// now, and a restore that verifies the copy first.
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsPage(const Session &session, QWidget *parent = nullptr);

    void reload();

signals:
    void restored();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool saveFolder(const QString &folder);
    bool backUpNow();
    // Restores the copy at path after asking (MessageBox, answerable in tests).
    bool restore(const QString &path);
    void previewRetention();
    bool saveRetentionYears(int years);
    Session m_session;
    QLineEdit *m_folder;
    QListWidget *m_copies;
    QLabel *m_status;
    QSpinBox *m_years;
    QListWidget *m_preview;
};

} // namespace estatedesk
