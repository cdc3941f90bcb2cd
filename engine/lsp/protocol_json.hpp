// LSP's JSON shapes for positions, ranges and locations (private to engine/lsp).
#pragma once

#include "lsp/document_analysis.hpp"
#include "lsp/position_encoding.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace warrant::lsp {

// What every feature needs to answer: the analysed document and how the client counts.
struct RequestContext {
    const DocumentAnalysis& analysis;
    std::string uri;
    PositionEncoding encoding = PositionEncoding::Utf16;

    Range range_of(const SourceSpan& span) const { return analysis.lines.range(span, encoding); }
    Range range_of(std::size_t begin, std::size_t end) const {
        return {analysis.lines.position(begin, encoding), analysis.lines.position(end, encoding)};
    }
};

nlohmann::json position_json(Position position);
nlohmann::json range_json(Range range);
nlohmann::json location_json(const std::string& uri, Range range);
// An LSP integer (a line, a character, a version). A number that is not an integer, or lies
// outside int's range, throws nlohmann's type_error like any other malformed field (a client
// sending 1.4e56 as a line gets "invalid params", and no conversion past int's range happens).
int protocol_int(const nlohmann::json& value);
// {"line": L, "character": C} and {"start": ..., "end": ...} as the client sent them.
Position position_of(const nlohmann::json& position);
Range range_of_params(const nlohmann::json& range);

// params.position as a byte offset into the analysed text. Throws nlohmann's errors when absent.
std::size_t offset_of_position(const RequestContext& context, const nlohmann::json& position);

}  // namespace warrant::lsp
