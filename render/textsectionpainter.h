#pragma once

#include "sectionpainter.h"

namespace report {
struct Section;
struct Table;
} // namespace report

// A titled section of paragraphs and plain tables: escalation, tools,
// security, review, findings.
class TextSectionPainter : public SectionPainter
{
public:
    // The first section starts on a new page; the others follow on.
    TextSectionPainter(const report::Section &section, bool first)
        : m_section(section)
        , m_first(first)
    {}
    void paint(PageFlow &flow) const override;

private:
    static void table(PageFlow &flow, const report::Table &table);

    const report::Section &m_section;
    bool m_first;
};
