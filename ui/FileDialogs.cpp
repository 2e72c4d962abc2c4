// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include <QAbstractButton>
#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QStyle>

namespace estatedesk::FileDialogs {

namespace {

// Icons and types from the file's name and kind only: never opens a file.
class NameOnlyIcons : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        return QApplication::style()->standardIcon(type == Folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    }
    QIcon icon(const QFileInfo &info) const override { return icon(info.isDir() ? Folder : File); }
    QString type(const QFileInfo &info) const override
    {
        return info.isDir() ? QFileDialog::tr("Folder") : info.suffix().toUpper();
    }
};

QAbstractFileIconProvider *nameOnlyIcons()
{
    static NameOnlyIcons icons;
    return &icons;
}

// Qt's listing writes sizes and dates in the system's locale (QLocale::system(), the desktop's
// language), which need not be the window's: a Chinese window on an English desktop showed
// "4 Dec 2026 14:58", cut short. This writes them in the window's language (QLocale()).
class InterfaceLocaleListing : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        switch (index.column()) {
        case kSizeColumn:
            return files->isDir(source) ? QVariant(QString())
                                        : QLocale().formattedDataSize(files->size(source));
        case kDateColumn:
            return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }

private:
    // QFileSystemModel's columns: name, size, type, date modified.
    static constexpr int kSizeColumn = 1;
    static constexpr int kDateColumn = 3;
};

QString chosen(QFileDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
               ? dialog.selectedFiles().constFirst()
               : QString();
}

} // namespace

std::unique_ptr<QFileDialog> make(QWidget *parent, const QString &caption, const QString &dirOrFile,
                                  const QString &filter)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, QString(), filter);
    // Qt's own dialog: the one whose icons this sets (a desktop's dialog in the process may read files).
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(nameOnlyIcons());
    dialog->setProxyModel(new InterfaceLocaleListing(dialog.get()));
    const QFileInfo info(dirOrFile);
    if (!dirOrFile.isEmpty() && info.isDir()) {
        dialog->setDirectory(info.absoluteFilePath());
    } else if (!dirOrFile.isEmpty()) {
        if (QFileInfo(info.absolutePath()).isDir())
            dialog->setDirectory(info.absolutePath());
        dialog->selectFile(info.fileName());
    }
    return dialog;
}

QString openFile(QWidget *parent, const QString &caption, const QString &dirOrFile, const QString &filter)
{
    const std::unique_ptr<QFileDialog> dialog = make(parent, caption, dirOrFile, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return chosen(*dialog);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &dirOrFile, const QString &filter,
                 QFileDialog::Options options)
{
    const std::unique_ptr<QFileDialog> dialog = make(parent, caption, dirOrFile, filter);
    dialog->setOptions(dialog->options() | options);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    return chosen(*dialog);
}

void guard(QPrintDialog &dialog)
{
    for (QFileSystemModel *listing : dialog.findChildren<QFileSystemModel *>())
        listing->setIconProvider(nameOnlyIcons());
    // The names are those of Qt's form for the dialog (qprintwidget.ui).
    auto *browse = dialog.findChild<QAbstractButton *>(QStringLiteral("fileBrowser"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("filename"));
    if (!browse || !name)
        return;
    QObject::disconnect(browse, &QAbstractButton::clicked, nullptr, nullptr);
    QObject::connect(browse, &QAbstractButton::clicked, &dialog, [&dialog, name] {
        const QString file = saveFile(&dialog, QPrintDialog::tr("Print To File ..."), name->text(), {},
                                      QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            name->setText(file);
    });
}

} // namespace estatedesk::FileDialogs
