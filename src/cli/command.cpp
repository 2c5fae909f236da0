#include "command.h"

#include <algorithm>
#include <cstring>

namespace GravDesk::Cli {
namespace {

std::vector<Command> &registry()
{
    static std::vector<Command> list;
    return list;
}

} // namespace

const std::vector<Command> &commands()
{
    return registry();
}

RegisterCommand::RegisterCommand(const Command &command)
{
    auto &list = registry();
    list.push_back(command);
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return std::strcmp(a.name, b.name) < 0; });
}

} // namespace GravDesk::Cli
