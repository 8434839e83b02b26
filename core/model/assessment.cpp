#include "model/assessment.h"

std::optional<int> Assessment::number(const QString &key) const
{
    const auto it = m_answers.constFind(key);
    if (it == m_answers.cend() || it->typeId() != QMetaType::Int)
        return std::nullopt;
    return it->toInt();
}

std::optional<bool> Assessment::yesNo(const QString &key) const
{
    const auto it = m_answers.constFind(key);
    if (it == m_answers.cend() || it->typeId() != QMetaType::Bool)
        return std::nullopt;
    return it->toBool();
}

QString Assessment::text(const QString &key) const
{
    const auto it = m_answers.constFind(key);
    if (it == m_answers.cend() || it->typeId() != QMetaType::QString)
        return {};
    return it->toString();
}

QStringList Assessment::list(const QString &key) const
{
    const auto it = m_answers.constFind(key);
    if (it == m_answers.cend() || it->typeId() != QMetaType::QStringList)
        return {};
    return it->toStringList();
}

void Assessment::set(const QString &key, const QVariant &value)
{
    const bool empty =
        !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())
        || (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty());
    if (empty)
        m_answers.remove(key);
    else
        m_answers.insert(key, value);
}
