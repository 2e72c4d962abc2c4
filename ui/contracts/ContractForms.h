// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small pieces the contracts page and its tabs build their forms from.

#include "DateTimeTyping.h"

#include <QDate>
#include <QDateEdit>
#include <QLayout>
#include <QPushButton>

namespace estatedesk::ContractForms {

inline QPushButton *button(const QString &text, const char *objectName, QWidget *parent, QLayout *layout)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    layout->addWidget(b);
    return b;
}

inline QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    DateTimeTyping::selectSectionOnClick(edit);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

inline qint64 toFen(double yuan)
{
    return qRound64(yuan * 100.0);
}

} // namespace estatedesk::ContractForms
