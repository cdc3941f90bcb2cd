// What `warrant explain CODE` prints about the codes of reading an input (private to
// engine/analysis): the parser's (E0xx), typing's (W01x), the readers' and the loaders'. Their
// stages report them; they are explained here so that a user asking about a code need not know
// which stage produced it. Sorted by code; explanations.cpp merges this with the checks' rows.
#include "analysis/explanation_rows.hpp"

namespace warrant::analysis {

using S = Severity;

// The catalogue is laid out one field a line, as it reads; clang-format would pack the fields.
// clang-format off
std::vector<Explanation> reading_explanations() {
    return {
        {"E000", S::Error, "input cannot be read",
         "The file does not exist, is a directory, is larger than the input limit or cannot be read.",
         "Nothing can be said about an argument warrant cannot read.",
         "warrant check missing.argdown\nwarrant check graphs/",
         "Check the path and permissions; split inputs larger than the limit."},
        {"E002", S::Error, "input over the size limit",
         "The text is larger than the parse limit.",
         "Limits keep a hostile or accidental input from exhausting memory.",
         "(a 600 MiB file)\n",
         "Split the map into several files."},
        {"E003", S::Error, "line over the length limit",
         "One physical line is longer than the line limit (1 MiB); the file is not parsed.",
         "No written argument has such a line: it is almost always a binary or generated file.",
         "[A]: aaaaaaaa… (a million characters)\n",
         "Break the line, or check that the file is really an Argdown map."},
        {"E010", S::Error, "unexpected token",
         "The parser found something it cannot read at this point, e.g. a new paragraph without an "
         "empty line before it, or a relation symbol it does not know.",
         "Whatever follows up to the next paragraph is skipped, so its statements and relations are "
         "missing from the map and from every analysis.",
         "[A]: text\n[B]: text  (no empty line between the two statements)",
         "Separate paragraphs with an empty line; use + - <+ <- +> -> >< _> <_ for relations."},
        {"E011", S::Error, "relation without a statement above it",
         "A relation line (+, -, …) starts a paragraph, so there is nothing for it to relate to.",
         "The relation is lost: a reason or an objection the writer meant is not in the map.",
         "\n  + [Reason]: Why it holds.",
         "Put the statement or argument it belongs to on the line above, indented less."},
        {"E012", S::Error, "relation tree nested too deep",
         "A relation tree is indented deeper than the depth limit.",
         "Such depth is not a readable argument; the limit protects the parser from hostile input.",
         "[A]: a\n  + [B]: b  (… a thousand levels deeper)",
         "Flatten the tree: give deep branches their own paragraphs, referenced by title."},
        {"E013", S::Error, "element cannot stand here",
         "An argument or a statement stands where Argdown allows only the other kind (e.g. only an "
         "argument can be undercut; only undercuts hang below an inference line).",
         "The relation would mean something Argdown cannot express, so it is dropped.",
         "[A]: a\n  <_ [B]: b",
         "Use <Title> for arguments and [Title] for statements as the relation requires."},
        {"E014", S::Error, "expected a statement or a title",
         "A statement, argument or heading is missing its title or its text.",
         "Without a title nothing can refer to it; without text the reader cannot know what it says.",
         "#\n[A]:",
         "Write `[Title]: text`, `<Title>: text` or `# Heading`."},
        {"E015", S::Error, "emphasis not closed",
         "Bold (**…**) or italic (*…* / _…_) text is not closed before the line or paragraph ends.",
         "The rest of the statement is read as emphasis and the closing marker may swallow a relation.",
         "[A]: a **bold claim\n  + [B]: b",
         "Close the emphasis, or escape the asterisk or underscore."},
        {"E016", S::Error, "malformed premise-conclusion structure",
         "A premise-conclusion structure lacks its inference line (--) or its conclusion, or an "
         "inference line stands outside one.",
         "An argument without a conclusion supports nothing: the map loses the inference.",
         "(1) [P]: premise\n(2) [Q]: premise  (no ---- and no conclusion)",
         "End the structure with a line of dashes and a numbered conclusion."},
        {"E017", S::Error, "inference line not closed",
         "An inference line with rules (-- rule --) is not closed, or names an empty rule.",
         "The inference and its rules cannot be read, so the conclusion is not attached.",
         "(1) [P]: premise\n-- modus ponens",
         "Close it with `--`: `-- modus ponens --`, or use a plain `----`."},
        {"E018", S::Error, "front matter misplaced",
         "The YAML front matter (===) does not open the document or is not followed by an empty line.",
         "Poles and the bibliography live in the front matter; misplaced, they are not read and every "
         "citation looks undeclared.",
         "[A]: a\n===",
         "Put the front matter first, between two `===` lines, followed by an empty line."},
        {"E019", S::Error, "nested list",
         "A list is nested inside another list.",
         "Argdown does not nest lists; the inner items are not read.",
         "* item\n  * nested item",
         "Flatten the list."},
        {"E020", S::Error, "invalid YAML metadata",
         "Inline {metadata} or the front matter is not valid YAML.",
         "Kinds, sources, pages and poles come from metadata: an invalid block loses them, and "
         "evidence may be typed as a bare claim.",
         "[Q]: \"…\" {source: atwood, page: [66}\n",
         "Fix the YAML: quote values with colons or brackets, close every bracket."},
        {"E021", S::Error, "missing colon after a title",
         "A title in brackets is followed by text on the same line without the colon that makes it a "
         "definition: `[C] text` instead of `[C]: text`.",
         "Without the colon Argdown reads a reference followed by stray text and rejects the line; "
         "warrant reads the definition you meant, keeps the rest of the tree, and reports the line.",
         "[Thesis]: Cars should go. #thesis\n  + [Safer roads] Fewer cars, fewer crashes.",
         "Put a colon right after the closing bracket: `[Safer roads]: Fewer cars, fewer crashes.`"},
        {"E022", S::Error, "metadata never closed on its line",
         "A `{` opens inline metadata that no `}` closes on the same line.",
         "Argdown would read on to the next `}`, swallowing the lines between as YAML and losing their "
         "statements; warrant ends the metadata at the line's end instead, but the file is not valid "
         "Argdown until it is closed.",
         "[Q]: \"Crashes fell by half\" {source: wahl, page: 40\n  + [R]: More text.",
         "Close the metadata with `}` at the end of the line, as the suggested fix does."},
        {"E023", S::Error, "argument cannot be exploded",
         "The front matter asks for `model: explodeArguments: true`, but an argument of several "
         "inferential steps cannot be split: a step's title <Title - N> is already an argument, or an "
         "inference's `uses` list names a statement number the argument does not have.",
         "Argdown refuses the whole map here; warrant keeps the argument in one piece.",
         "===\nmodel:\n  explodeArguments: true\n===\n\n<A>\n\n(1) p\n-- {uses: [7]} --\n(2) q\n----\n(3) r",
         "Rename the argument that takes a step's title, or number only statements of the argument in `uses`."},
        {"E030", S::Error, "microtext graph cannot be read",
         "An argumentative-microtext XML file is malformed (at its line and column), has no <arggraph>, "
         "has an ADU without any text segment, or a relation whose source or target id does not exist.",
         "A relation or ADU that cannot be placed would silently change the argument the annotators drew.",
         "<arggraph id=\"x\">\n  <adu id=\"a1\"",
         "Fix the XML (it follows arggraph.dtd), or check that the file is a microtext graph."},
        {"E031", S::Error, "AIF document cannot be read",
         "An AIF JSON file is malformed (at its line and column), has no \"nodes\" and \"edges\" arrays, "
         "defines a node twice, or has an edge whose fromID or toID names no node.",
         "Without its nodes and edges the argument is not there to check; a dangling edge would lose a "
         "reason or an objection.",
         "{\"nodes\": [\n  {\"nodeID\": \"1\", \"text\": \"unterminated, \"type\": \"I\"}",
         "Export the analysis again from OVA or AIFdb, or fix the JSON at the position given."},
        {"E035", S::Error, "brat annotation cannot be read",
         "A brat standoff (.ann) line is malformed, a text-bound annotation ends past the end of its "
         ".txt, an id is used twice, or a relation or stance names a component the file does not have.",
         "A component or relation that cannot be placed would silently change the argument the "
         "annotators marked.",
         "T1\tClaim 591\tthrough cooperation ...\nR1\tsupports Arg1:T4 Arg2:T9",
         "Fix the line at the position given (TYPE START END, a tab, the text), or export it from brat again."},
        {"E036", S::Error, "CDCP annotation cannot be read",
         "A CDCP .ann.json is malformed JSON (at its line and column), lacks its \"prop_labels\" and "
         "\"prop_offsets\" arrays, has offsets that are not [start, end] or that end past its .txt, a "
         "reason or evidence that is not [[first, last], to] or names a proposition it does not have; "
         "or the .txt beside it is missing.",
         "The propositions' texts are only in the .txt, and a relation that cannot be placed would "
         "silently change the argument the annotators marked.",
         "{\"prop_labels\": [\"value\", \"policy\"], \"prop_offsets\": [[0, 40], [40, 9999]],\n \"reasons\": [[[0, 0], 5]]}",
         "Keep the NNNNN.txt beside its NNNNN.ann.json, and fix the entry at the position given."},
        {"E037", S::Error, "Kialo export cannot be read",
         "A Kialo discussion export (`--from kialo`) lacks its `Discussion Title:` line, has a line "
         "that is neither a numbered claim (`1.2. Pro: ...`) nor the continuation of one, a claim whose "
         "number has no parent claim, a number used twice, a claim without `Pro:` or `Con:` below the "
         "thesis, or a `-> See 1.2.` link to a claim the discussion does not have.",
         "A claim that cannot be placed under its parent would silently change who argues for what.",
         "Discussion Title: Uniforms?\n\n1. Schools should require uniforms.\n1.3.1. Pro: Cheaper.",
         "Export the discussion from Kialo again, or fix the numbering at the position given."},
        {"E038", S::Error, "class roster cannot be read",
         "The roster of `compare --roster` is a CSV file with a header line naming its columns (file, "
         "name, id, email, sis_user_id, sis_login_id, section; `file` is required), one student a line. "
         "A quoted field left open, an unknown column, or a line without a map file cannot be read.",
         "A grade that went to the wrong student, or to none, is worse than no export at all.",
         "file,name,id\nana.argdown,\"Ana Lima,1001",
         "Close the quote or fix the line at the position given; name each student's map in `file`."},
        {"E050", S::Error, "ICCMA header missing or malformed",
         "An i23 file lacks its `p af N` header, has text after it, or has attacks before it.",
         "Without N the arguments 1..N are unknown, so no attack can be checked or read.",
         "1 2\np af 2",
         "Start the file with `p af N`, N the number of arguments."},
        {"E051", S::Error, "malformed ICCMA line",
         "A line of an i23, apx or tgf file is not an attack `a b`, an `arg(a).`/`att(a,b).` fact, or a name.",
         "The line is skipped: the framework would silently miss an attack.",
         "p af 3\n1 x",
         "Write one attack per line as two argument numbers (i23) or names (tgf), or a complete fact (apx)."},
        {"E052", S::Error, "ICCMA argument out of range",
         "An i23 attack names an argument outside 1..N.",
         "An argument the header does not declare cannot be attacked or attack.",
         "p af 2\n1 3",
         "Raise N in the header or fix the number."},
        {"E053", S::Error, "ICCMA argument not declared",
         "An apx attack or tgf edge names an argument no `arg(...)` fact or node line declares.",
         "The attack would point nowhere.",
         "arg(a).\natt(a,b).",
         "Declare the argument (`arg(b).`, or a tgf line before `#`)."},
        {"E054", S::Error, "ICCMA declaration repeated",
         "An argument is declared twice, or an i23 file has a second `p af` header.",
         "The second declaration is ignored; it usually means two files were joined.",
         "arg(a).\narg(a).",
         "Remove the repeated line."},
        {"E055", S::Error, "too many ICCMA errors",
         "A framework file has so many errors that reading stopped after 100.",
         "The file is probably not in the format its extension names.",
         "p af 2\nnot an attack\n(100 more such lines)",
         "Check the format (`--fo`) and the first errors reported."},
        {"W010", S::Warning, "unknown kind",
         "A statement's {kind: …} metadata names no kind warrant knows.",
         "The statement stays a claim, so it is analysed as something that needs support.",
         "[Q]: Text. {kind: quote-ish}\n",
         "Use thesis, claim, evidence, counter-position or source."},
        {"W011", S::Warning, "two kinds tagged",
         "A statement is tagged with two different kinds; the first tag counts.",
         "A statement cannot be both, e.g. evidence and a counter-position: the analyses treat it as "
         "the first only.",
         "[Q]: Text. #evidence #counter\n",
         "Keep one kind tag; split the statement if it plays two roles."},
        {"W012", S::Warning, "undeclared pole",
         "A statement joins a dialectic pole ({pole: …}) the front matter does not declare.",
         "Poles group the sides of the debate; an undeclared one is usually a misspelling.",
         "===\npoles: [utopia, dystopia]\n===\n[C]: Text. {pole: utopa}",
         "Declare the pole under `poles:` or fix its spelling."},
        {"W013", S::Warning, "two poles tagged",
         "A statement is tagged with two poles; the first counts.",
         "A statement belongs to one side; a bridge between sides is a relation, not a second tag.",
         "[C]: Text. #utopia #dystopia\n",
         "Keep one pole tag and draw a relation to the other side."},
        {"W020", S::Warning, "title bracket never closed",
         "A statement (or argument) starts with `[` (or `<`) that is never closed on its line, so the "
         "whole line is read as text and the statement has no title.",
         "Nothing can refer to a statement without its title: references to it are undefined and its "
         "relations fall to an \"Untitled\" node.",
         "[Thesis]: Cars should go. #thesis\n  + [Safer roads: Fewer cars, fewer crashes.",
         "Close the title before its colon: `[Safer roads]: Fewer cars, fewer crashes.`"},
        {"W021", S::Warning, "quotation never closed",
         "A quotation mark (“ or \") opened in a statement's text is never closed in that statement.",
         "A reader cannot tell where the quoted words end and the student's own begin: for evidence, "
         "that is the difference between the source's claim and yours.",
         "[Q]: “Crashes fell by half {source: wahl, page: 40}\n",
         "Close the quotation where the quoted words end (the fix puts it at the end of the text)."},
        {"W022", S::Warning, "tabs mixed with spaces in indentation",
         "A relation line is indented with tabs where the map's first indented line used spaces, or "
         "the other way round.",
         "Argdown counts a tab as one column, so a tab-indented line may hang under a different parent "
         "than an editor shows, and the relation tree is not the one you see.",
         "[A]: Cars should go.\n  + [B]: Safer roads.\n\t+ [C]: Cleaner air.",
         "Indent with spaces only (or tabs only): the fix re-indents the line as an editor shows the tab."},
        {"W023", S::Warning, "mistyped metadata key",
         "Inline metadata uses a key warrant does not read but that is close to one it does "
         "(`p` for `page`, `sourse` for `source`).",
         "warrant ignores the key: the evidence has no page (W111) or no source (W110), and the "
         "reader is told the citation is incomplete when it is only misspelt.",
         "[Q]: \"Crashes fell by half\" {source: wahl, p: 40}\n",
         "Use the key warrant reads, as the suggested fix does: `{source: wahl, page: 40}`."},
        {"W025", S::Warning, "file not UTF-8, read as Windows-1252",
         "The file holds bytes that are not UTF-8 (a Windows word processor's curly quotes are 0x93 and "
         "0x94); warrant read each of them as Windows-1252 and points at the first. UTF-16 with a "
         "byte order mark is read without a word; a broken UTF-16 unit becomes U+FFFD and is reported here too.",
         "Windows-1252 is what such files almost always are, so the text is most likely right; but if the "
         "file was in another encoding (Latin-2, Mac Roman), some letters in the map are wrong.",
         "[Q]: <0x93>Crashes fell by half<0x94> {source: wahl, page: 40}   (the bytes Word saves for “ and ”)\n",
         "Save the file as UTF-8 (in Word: Save As, Plain Text, Unicode (UTF-8)); the finding goes."},
        {"W030", S::Warning, "microtext without one central claim",
         "The microtext graph has no ADU, or more than one, that is the source of no relation: the "
         "corpus defines its central claim (the thesis) as exactly that ADU.",
         "Every ADU that supports or attacks nothing becomes a thesis, so the map has none or several.",
         "<adu id=\"a1\" type=\"pro\"/>\n<adu id=\"a2\" type=\"pro\"/>  (and no relation)",
         "Add the missing relation in the XML, or read the map with several theses in mind."},
        {"W031", S::Warning, "AIF scheme node without conclusion",
         "An RA (inference) or CA (conflict) node has no outgoing edge to what it concludes or attacks.",
         "Its premises are imported but reach nothing: the inference or the objection is incomplete.",
         "{\"nodeID\": \"3\", \"type\": \"RA\"}\n(and no edge from 3)",
         "Connect the scheme node to its conclusion or target in OVA."},
        {"W032", S::Warning, "AIF edge between scheme nodes",
         "An RA node feeds another scheme node (e.g. RA -> CA: an argument as the attacker), which "
         "warrant's graph cannot hold; the edge is not imported.",
         "The relation that edge expressed is missing from the map and from every analysis.",
         "{\"fromID\": \"1\", \"toID\": \"3\"}  (I -> RA)\n{\"fromID\": \"3\", \"toID\": \"4\"}  (RA -> CA)",
         "Attack the argument's conclusion (an I-node) or its inference (CA -> RA) instead."},
        {"W033", S::Warning, "AIF scheme node not imported",
         "An RA, CA or MA node joins no I-node premise to its target: its premise is a dialogue node "
         "(an L-node, say) or missing, so the graph has no relation to make of it.",
         "The inference, conflict or rephrase it records is in no analysis. It is not lost: the "
         "node and its edges are kept and written back by --to aif.",
         "{\"fromID\": \"9\", \"toID\": \"12\"}  (L -> RA)\n{\"fromID\": \"12\", \"toID\": \"3\"}  (RA -> I)",
         "In OVA, join the I-node that the locution asserts to the scheme node instead of the L-node."},
        {"W035", S::Warning, "brat annotation not imported",
         "A brat line is neither an argument component (T), a support or attack relation (R) nor a "
         "Stance attribute (A); or the .txt beside the .ann is missing, or differs from a component's text.",
         "What the line says (an annotator's note, an event, another relation type) is not in the map.",
         "#1\tAnnotatorNotes T3\tunsure\nR7\tsequence Arg1:T2 Arg2:T3",
         "Nothing to do if the line is a note; otherwise map it to supports/attacks, or keep the .txt beside the .ann."},
        {"W036", S::Warning, "CDCP proposition type unknown",
         "A proposition's label in prop_labels is none of CDCP's five types (value, testimony, "
         "policy, fact, reference).",
         "The proposition is read as a claim and keeps its label, but the label is probably a typo.",
         "{\"prop_labels\": [\"value\", \"vlaue\"],\n \"prop_offsets\": [[0, 40], [40, 96]]}",
         "Use one of value, testimony, policy, fact or reference."},
        {"W040", S::Warning, "@include not expanded",
         "An `@include(file)` directive names a file that cannot be read, a file already spliced in "
         "(each file is included once, so a cycle stops there), or is nested deeper than 32 files.",
         "What the file holds is missing from the map: its statements and relations are not checked.",
         "@include(missing.argdown)\n",
         "Check the path (relative to the including file); include each file once."},
        {"W050", S::Warning, "nothing to draft",
         "`warrant draft` found no argument to draft: the text is empty, binary, not UTF-8, larger than "
         "an essay (4 MiB), or holds no claim, premise or citation the model recognises (another "
         "language, a list, a poem).",
         "The draft written is valid but empty: there is nothing in it to check.",
         "warrant draft empty.txt\n",
         "Check that the file is the essay's text (plain text or Markdown, UTF-8, in English)."},
    };
}
// clang-format on

}  // namespace warrant::analysis
