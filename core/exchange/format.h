#pragma once

#include "model/agreement.h"
#include "report/report.h"
#include "report/reportbuilder.h"
#include "result.h"

#include <QFlags>
#include <QString>

#include <optional>

class QIODevice;

// Everything one export needs: a copy of the agreement (so a job can run on
// another thread while the document is edited), the options (party filter,
// the day findings are counted from) and the report content built from
// them. The report is built on first use and then kept, so formats that
// never ask for it (JSON, CSV) pay nothing, and several writes of one job
// share one build.
class ExportJob
{
public:
    explicit ExportJob(Agreement agreement, ReportOptions options = {});

    const Agreement &agreement() const { return m_agreement; }
    const ReportOptions &options() const { return m_options; }
    // The content every document-like format renders (report/report.h).
    const report::Report &report() const;

private:
    Agreement m_agreement;
    ReportOptions m_options;
    mutable std::optional<report::Report> m_report;
};

// One file format Dutymap can write, and maybe read: one class per format.
// The file dialogs' filters, the Export menu and dutymap-cli's --format list
// are all built from the formats in FormatRegistry.
//
// To add a format: subclass, return its capabilities, implement write()
// (and read() with CanRead), then register it: formats in dutymap_core are
// listed in FormatRegistry's constructor; formats that live in other
// libraries (PDF and XLSX need Qt Gui or other libraries) are added once at
// start-up with FormatRegistry::instance().add(std::make_unique<...>()),
// before any export runs.
class Format
{
public:
    enum Capability {
        CanRead = 0x01,         // read() turns a file back into an agreement
        WritesAgreement = 0x02, // the output holds the agreement's data (JSON, CSV)
        WritesDocument = 0x04,  // the output is the agreement as a document built
                                // from ExportJob::report() (PDF, HTML, Markdown, XLSX)
        NeedsGui = 0x08,        // write() needs a QGuiApplication (fonts, painting);
                                // hosts with only a QCoreApplication must not call it
        Binary = 0x10,          // the output is not text: it needs a file and is never
                                // written to standard output
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    virtual ~Format() = default;

    virtual QString id() const = 0;        // "json", used by --format
    virtual QString name() const = 0;      // "JSON agreement", shown to users
    virtual QString extension() const = 0; // "json", without the dot
    virtual Capabilities capabilities() const = 0;
    bool has(Capability c) const { return capabilities().testFlag(c); }
    bool canRead() const { return has(CanRead); }

    // Writes the job's agreement or report to an open device. Honours
    // job.options().partyId: a document shows only that party's
    // responsibilities, a data format only the duties where it holds a role
    // (JSON always writes the whole agreement). On failure returns the
    // reason (the device's error, or what the format could not do, e.g.
    // "a chart could not be drawn"); callers show it through writeError().
    // May run on a worker thread (the GUI exports off its thread): touch
    // nothing but the job and the device; painting on a QImage or a
    // QPdfWriter there is fine.
    virtual Status write(const ExportJob &job, QIODevice *device) const = 0;

    // Shorthand: a job with these options, written once.
    Status writeAgreement(const Agreement &agreement, QIODevice *device,
                          const ReportOptions &options = {}) const;

    // sourceName names the input in error sentences (a file name).
    virtual Result<Agreement> read(QIODevice *device, const QString &sourceName) const;

    // The sentence shown when writing target (a file name, or "standard
    // output") failed for reason (already a sentence or a fragment), e.g.
    // "Could not export “a.pdf” as PDF document: No space left on device."
    // Formats may override it to add advice.
    virtual QString writeError(const QString &target, const QString &reason) const;

    // "CSV matrix (*.csv)": one entry of a file dialog's filter list.
    QString fileFilter() const;

protected:
    // For write(): a failure naming the device's own error, when it has one.
    Status deviceFailure(QIODevice *device) const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Format::Capabilities)
