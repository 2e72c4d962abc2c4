// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

#include <memory>

class QPrintDialog;

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

// Qt's print dialog reads files the same way: its "print to file" name completes from a listing
// of the home folder, typed with the default icons, and its browse button opens QFileDialog's
// static dialog. This gives the listing name-only icons and the button the dialog above; call it
// before the dialog is shown.
void guard(QPrintDialog &dialog);

} // namespace estatedesk::FileDialogs
