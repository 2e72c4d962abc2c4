// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

#include <memory>

namespace estatedesk::FileDialogs {

// Every file dialog of the window, instead of QFileDialog's static functions. Qt's dialog reads
// the first bytes of the files of the folder it shows, to type them and pick their icons; a file
// opened and closed so drops SQLite's locks of the whole process on it, so that with the office's
// database in that folder another program on the same file deleted the write-ahead log under the
// window and the window's later saves were lost. These dialogs know a file from its name alone.
QString openFile(QWidget *parent, const QString &caption, const QString &dirOrFile, const QString &filter);
QString saveFile(QWidget *parent, const QString &caption, const QString &dirOrFile, const QString &filter,
                 QFileDialog::Options options = {});

// The dialog both show (modal), set up but not shown: dirOrFile is a folder, or a file name
// (selected) in one.
std::unique_ptr<QFileDialog> make(QWidget *parent, const QString &caption, const QString &dirOrFile,
                                  const QString &filter);

} // namespace estatedesk::FileDialogs
