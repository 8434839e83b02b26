#include "checks/finding.h"

#include <QCoreApplication>

QString Finding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Finding", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("Finding", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("Finding", "Info");
    }
    return {};
}
