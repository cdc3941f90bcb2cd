// Long JSON arrays written on every core (private to the engine): the items are cut into runs,
// each run is written by a continuation of the writer on whichever thread is free, and the runs
// are appended in order, so the bytes are those of one loop (parallel/ordered_fan_out.hpp).
#pragma once

#include "formats/json_writer.hpp"
#include "parallel/ordered_fan_out.hpp"

#include <cstddef>
#include <utility>
#include <vector>

namespace warrant::formats {

// Items a run holds: a run of nodes is about 300 KB of JSON. An array of fewer stays on the
// calling thread.
inline constexpr std::size_t kItemsPerRun = 1024;

// Writes write_item(writer, *it) for every item of [begin, end) into the array `json` is in.
template <typename Iterator, typename WriteItem>
void write_array_items(JsonWriter& json, Iterator begin, Iterator end, WriteItem write_item) {
    std::vector<Iterator> starts;  // where each run begins: the iterators need not be random-access
    for (std::size_t i = 0; begin != end; ++begin, ++i)
        if (i % kItemsPerRun == 0) starts.push_back(begin);
    const JsonWriter first = json.continuation(true), rest = json.continuation(false);
    parallel::fan_out_in_order(
        starts.size(),
        [&](std::size_t run) {
            JsonWriter part = run == 0 ? first : rest;
            const Iterator run_end = run + 1 < starts.size() ? starts[run + 1] : end;
            for (Iterator it = starts[run]; it != run_end; ++it) write_item(part, *it);
            return part;
        },
        [&](JsonWriter&& part) { json.append(std::move(part)); });
}

}  // namespace warrant::formats
