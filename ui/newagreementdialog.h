#pragma once

#include "templates/templatelibrary.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

// Asks for what a new agreement needs first: client, provider, effective
// date, and the language its words start in. All but the language can be
// changed later on the details page.
class NewAgreementDialog : public QDialog
{
    Q_OBJECT

public:
    // languages are codes ("en", "de"); language is the one chosen first.
    NewAgreementDialog(const QString &modelName, const QStringList &languages,
                       const QString &language, QWidget *parent = nullptr);

    TemplateLibrary::NewAgreement values() const;

private:
    QLineEdit *m_client;
    QLineEdit *m_provider;
    QDateEdit *m_effective;
    QComboBox *m_language;
};
