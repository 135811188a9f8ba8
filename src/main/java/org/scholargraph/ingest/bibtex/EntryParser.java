package org.scholargraph.ingest.bibtex;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the text of one entry, as cut by {@link EntryScanner}, into its type, key and fields.
 *
 * <p>Values are braced (nested braces kept for later stages), quoted (a quote inside braces does
 * not end the value, as in BibTeX), bare numbers, or macro names; parts joined by {@code #} are
 * concatenated. Macros are the file's {@code @string} definitions (case-insensitive, defined before
 * use) and the standard month names {@code jan}…{@code dec}; an undefined macro is kept as its
 * name rather than dropped (BibTeX would warn and use an empty string). A field repeated in one
 * entry keeps its first value, as BibTeX does; Scopus repeats {@code funding_details}.
 *
 * <p>Field names are read up to the {@code =} and may contain spaces: Scopus writes
 * {@code funding_text 1={…}}, which BibTeX itself would not accept.
 */
final class EntryParser {

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "January"), Map.entry("feb", "February"), Map.entry("mar", "March"),
            Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"),
            Map.entry("jul", "July"), Map.entry("aug", "August"), Map.entry("sep", "September"),
            Map.entry("oct", "October"), Map.entry("nov", "November"), Map.entry("dec", "December"));

    private final Map<String, String> macros;
    private String text;
    private int at;
    private int end;

    /** A parser for one file, whose {@code @string} definitions go into {@code macros}. */
    EntryParser(Map<String, String> macros) {
        this.macros = macros;
    }

    /**
     * Parses a whole entry. Returns empty for {@code @string} (after defining its macros),
     * {@code @preamble} and {@code @comment}.
     */
    Optional<BibtexEntry> parse(String entryText, long line) throws MalformedEntryException {
        text = entryText;
        at = 0;
        end = text.length() - 1; // the closing delimiter
        expect('@');
        skipSpace();
        int typeStart = at;
        while (at < end && (Character.isLetterOrDigit(text.charAt(at)) || "_:.+-".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        String type = text.substring(typeStart, at).toLowerCase(Locale.ROOT);
        skipSpace();
        if (at >= end || (text.charAt(at) != '{' && text.charAt(at) != '(')) {
            throw new MalformedEntryException("the entry type is not followed by '{' or '('");
        }
        at++;
        switch (type) {
            case "comment":
            case "preamble":
                return Optional.empty();
            case "string":
                Map<String, String> definitions = fields();
                definitions.forEach((name, value) -> macros.put(name, value));
                return Optional.empty();
            default:
                String key = key();
                return Optional.of(new BibtexEntry(type, key, fields(), line, entryText));
        }
    }

    private String key() throws MalformedEntryException {
        int start = at;
        while (at < end && text.charAt(at) != ',') {
            at++;
        }
        String key = text.substring(start, at).strip();
        if (key.isEmpty() || key.indexOf('=') >= 0) {
            throw new MalformedEntryException("the entry has no citation key (or no comma after it)");
        }
        return key;
    }

    private Map<String, String> fields() throws MalformedEntryException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            while (at < end && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
            if (at >= end) {
                return fields;
            }
            int start = at;
            while (at < end && text.charAt(at) != '=') {
                char c = text.charAt(at);
                if (c == ',' || c == '{' || c == '}' || c == '"' || c == '#') {
                    throw new MalformedEntryException("'" + excerpt(start) + "' is not a field (no '=' before '" + c + "')");
                }
                at++;
            }
            if (at >= end) {
                throw new MalformedEntryException("'" + excerpt(start) + "' is not a field (no '=')");
            }
            String name = TexText.collapseWhitespace(text.substring(start, at)).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new MalformedEntryException("a value has no field name before its '='");
            }
            at++; // '='
            String value = value(name);
            fields.putIfAbsent(name, value);
            skipSpace();
            if (at < end && text.charAt(at) != ',') {
                throw new MalformedEntryException("field '" + name + "' is not followed by a comma (at '" + excerpt(at) + "')");
            }
        }
    }

    private String value(String field) throws MalformedEntryException {
        StringBuilder value = new StringBuilder();
        while (true) {
            skipSpace();
            if (at >= end) {
                throw new MalformedEntryException("field '" + field + "' has no value");
            }
            char c = text.charAt(at);
            if (c == '{') {
                value.append(braced(field));
            } else if (c == '"') {
                value.append(quoted(field));
            } else {
                value.append(bare(field));
            }
            skipSpace();
            if (at < end && text.charAt(at) == '#') {
                at++;
            } else {
                return value.toString();
            }
        }
    }

    private String braced(String field) throws MalformedEntryException {
        int start = ++at;
        int depth = 1;
        while (at < end) {
            depth += depthChange(text.charAt(at++));
            if (depth == 0) {
                return text.substring(start, at - 1);
            }
        }
        throw new MalformedEntryException("the braces of field '" + field + "' do not balance");
    }

    private String quoted(String field) throws MalformedEntryException {
        int start = ++at;
        int depth = 0;
        while (at < end) {
            char c = text.charAt(at++);
            depth += depthChange(c);
            if (depth < 0) {
                break;
            }
            if (c == '"' && depth == 0) {
                return text.substring(start, at - 1);
            }
        }
        throw new MalformedEntryException("the quoted value of field '" + field + "' is not closed");
    }

    /** How {@code c}, just read at {@code at − 1}, changes the brace depth: +1, −1, or 0 for another or an escaped character. */
    private int depthChange(char c) {
        if (c != '{' && c != '}' || TexText.isEscaped(text, at - 1)) {
            return 0;
        }
        return c == '{' ? 1 : -1;
    }

    private String bare(String field) throws MalformedEntryException {
        int start = at;
        while (at < end) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == ',' || c == '#' || c == '{' || c == '}' || c == '"' || c == '='
                    || c == '(' || c == ')') {
                break;
            }
            at++;
        }
        if (at == start) {
            throw new MalformedEntryException("field '" + field + "' has an unexpected '" + text.charAt(at) + "'");
        }
        String token = text.substring(start, at);
        if (token.chars().allMatch(Character::isDigit)) {
            return token;
        }
        String name = token.toLowerCase(Locale.ROOT);
        String defined = macros.get(name);
        if (defined != null) {
            return defined;
        }
        return MONTHS.getOrDefault(name, token);
    }

    private void expect(char c) throws MalformedEntryException {
        if (at >= text.length() || text.charAt(at) != c) {
            throw new MalformedEntryException("expected '" + c + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private String excerpt(int from) {
        String piece = text.substring(from, Math.min(end, from + 40));
        return TexText.collapseWhitespace(piece);
    }
}
