/// \file
/// The user's text shown back in a message: quoted, on one line, with nothing invisible.
#pragma once

#include <string>
#include <string_view>

namespace nn {

/// `text` in single quotes for a message: control characters appear escaped (`\n`,
/// `\t`, `\x01`), an invisible byte-order mark as `\ufeff`, and text longer than 60
/// bytes is cut to its first 50 followed by `...`, so a message stays one readable line.
std::string quote(std::string_view text);

/// `text` with its control characters and byte-order marks escaped as quote() does, but
/// neither quoted nor cut: for a file's name in a message.
std::string escaped(std::string_view text);

}  // namespace nn
