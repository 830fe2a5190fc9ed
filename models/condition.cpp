#include "condition.h"

namespace gw {

struct Condition::Impl
{
};

Condition::Condition(QString text, std::shared_ptr<const Impl> impl) : m_text(std::move(text)), m_impl(std::move(impl)) {}

Result<Condition> Condition::parse(const QString &text)
{
    return Condition(text, std::make_shared<const Impl>());
}

Condition::Evaluation Condition::evaluate(const ResponseFacts &) const
{
    return {};
}

} // namespace gw
