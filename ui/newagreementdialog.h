#pragma once

#include "templates/templatelibrary.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

// Asks for what a new agreement needs first: client, provider and
// effective date. All of it can be changed later on the details page.
class NewAgreementDialog : public QDialog
{
    Q_OBJECT

public:
    NewAgreementDialog(const QString &modelName, QWidget *parent = nullptr);

    TemplateLibrary::NewAgreement values() const;

private:
    QLineEdit *m_client;
    QLineEdit *m_provider;
    QDateEdit *m_effective;
};
