#include "model/raci.h"

#include <catch2/catch.hpp>

namespace {
QString parsed(const char *text)
{
    QString error;
    const std::optional<Raci> r = Raci::parse(QString::fromUtf8(text), &error);
    return r ? r->toString() : QStringLiteral("ERROR: ") + error;
}
} // namespace

TEST_CASE("RACI text is written in A, R, C, I order", "[raci]")
{
    CHECK(Raci().toString().isEmpty());
    CHECK(Raci(Raci::Responsible | Raci::Accountable).toString() == QStringLiteral("A/R"));
    CHECK(Raci(Raci::Informed | Raci::Consulted).toString() == QStringLiteral("C/I"));
    CHECK(Raci(Raci::AllRoles).toString() == QStringLiteral("A/R/C/I"));
}

TEST_CASE("RACI parsing accepts the spellings people use", "[raci]")
{
    CHECK(parsed("A/R") == QStringLiteral("A/R"));
    CHECK(parsed("R/A") == QStringLiteral("A/R"));
    CHECK(parsed("a/r") == QStringLiteral("A/R"));
    CHECK(parsed(" r ") == QStringLiteral("R"));
    CHECK(parsed("Accountable") == QStringLiteral("A"));
    CHECK(parsed("responsible, ACCOUNTABLE") == QStringLiteral("A/R"));
    CHECK(parsed("C/I") == QStringLiteral("C/I"));
    CHECK(parsed("AR") == QStringLiteral("A/R"));
    CHECK(parsed("c+i") == QStringLiteral("C/I"));
    CHECK(parsed("") == QString());
    CHECK(parsed("-") == QString());
    CHECK(parsed("   ") == QString());
}

TEST_CASE("RACI parsing rejects anything else and names the bad text", "[raci]")
{
    CHECK(parsed("X")
          == QStringLiteral("ERROR: \"X\" is not a RACI value: \"X\" is not one of R, A, C, I."));
    CHECK(parsed("A/Q").contains(QStringLiteral("\"Q\" is not one of R, A, C, I")));
    CHECK(parsed("Responsable").startsWith(QStringLiteral("ERROR: \"Responsable\"")));
    CHECK(parsed("R/R").contains(QStringLiteral("named twice")));
    CHECK(parsed("RR").contains(QStringLiteral("named twice")));
    CHECK(parsed("A/RA").contains(QStringLiteral("named twice")));
    CHECK(parsed("ARCIX").startsWith(QStringLiteral("ERROR:")));
    const QString huge(100000, u'A');
    QString error;
    CHECK_FALSE(Raci::parse(huge, &error));
    CHECK(error.contains(QStringLiteral("too long")));
    CHECK(error.size() < 200);
}

TEST_CASE("RACI flags toggle and compare", "[raci]")
{
    Raci r;
    CHECK(r.isEmpty());
    r = r.toggled(Raci::Accountable);
    CHECK(r.accountable());
    CHECK_FALSE(r.responsible());
    r = r.with(Raci::Responsible).without(Raci::Accountable);
    CHECK(r == Raci(Raci::Responsible));
    CHECK(Raci(0xFF).bits() == Raci::AllRoles);
    for (int bits = 0; bits <= Raci::AllRoles; ++bits) {
        const Raci original(static_cast<std::uint8_t>(bits));
        CHECK(Raci::parse(original.toString()) == original);
    }
}
