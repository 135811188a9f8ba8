package org.scholargraph.ingest.bibtex;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns the TeX markup of a BibTeX field value into plain Unicode text.
 *
 * <p>Handles what reference managers and databases actually write: accent commands with or
 * without braces ({@code {\"u}}, {@code \"{u}}, {@code \'e}, {@code \c{c}}, {@code \v s},
 * {@code \'{\i}}), special letters ({@code \ss}, {@code \aa}, {@code \o}, {@code \l}, {@code \i}),
 * escaped specials ({@code \&}, {@code \%}, WoS's {@code {[}}), ligature dashes ({@code --} and
 * {@code ---}), TeX quotes, ties ({@code ~}), formatting commands ({@code \emph{…}}, whose argument
 * is kept) and a few Greek letters in math. Grouping braces are removed, so "{An} amazing
 * {title}" reads "An amazing title", and runs of whitespace (line breaks of multi-line values)
 * become one space. An unknown command is kept as written (Scopus once garbled LaTeX quotes into
 * {@code \best"}), since dropping it would lose a word.
 */
final class TexText {

    /**
     * Whether the character at {@code index} is escaped by a backslash ({@code \{}), so that it is
     * text and no brace of the file's structure: Web of Science BibTeX exports write the angle
     * brackets of SICI DOIs in cited references as {@code \{} and {@code \}}, not always in pairs.
     */
    static boolean isEscaped(CharSequence text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Accent commands and the combining mark each one puts on its argument. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'),
            Map.entry("\"", '\u0308'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'), Map.entry("u", '\u0306'), Map.entry("v", '\u030C'),
            Map.entry("H", '\u030B'), Map.entry("c", '\u0327'), Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'),
            Map.entry("t", '\u0361'));

    /** Commands that stand for a letter or a symbol. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("SS", "SS"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
            Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"), Map.entry("L", "Ł"),
            Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"), Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"),
            Map.entry("dj", "đ"), Map.entry("DJ", "Đ"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("textellipsis", "…"), Map.entry("textquoteright", "’"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquotedblleft", "“"),
            Map.entry("textquotedblright", "”"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("copyright", "©"), Map.entry("textcopyright", "©"), Map.entry("textregistered", "®"),
            Map.entry("texttrademark", "™"), Map.entry("pounds", "£"), Map.entry("euro", "€"),
            Map.entry("textdegree", "°"), Map.entry("degree", "°"), Map.entry("times", "×"),
            Map.entry("pm", "±"), Map.entry("textasciitilde", "~"), Map.entry("textbackslash", "\\"),
            Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"),
            Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("infty", "∞"), Map.entry("leq", "≤"), Map.entry("geq", "≥"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("cdot", "·"));

    /** Formatting commands: the command goes, its argument (if any) stays. */
    private static final java.util.Set<String> FORMATTING = java.util.Set.of(
            "emph", "textit", "textbf", "textsc", "textrm", "textsf", "texttt", "textup", "textsl", "textmd",
            "textnormal", "text", "mathrm", "mathit", "mathbf", "mathcal", "mathsf", "mathtt", "mathbb",
            "ensuremath", "mbox", "hbox", "url", "uppercase", "lowercase", "MakeUppercase", "MakeLowercase",
            "textsuperscript", "textsubscript", "bf", "it", "em", "sc", "rm", "tt", "sf", "sl", "relax",
            "protect", "nocase", "small", "normalfont", "footnotesize", "boldmath", "unboldmath", "/");

    private TexText() {
    }

    /** The value as plain text: markup decoded, braces removed, whitespace collapsed, stripped. */
    static String toUnicode(String tex) {
        if (tex.indexOf('\\') < 0 && tex.indexOf('{') < 0 && tex.indexOf('}') < 0 && tex.indexOf('~') < 0
                && tex.indexOf('-') < 0 && tex.indexOf('$') < 0 && tex.indexOf('`') < 0 && tex.indexOf('\'') < 0) {
            return collapseWhitespace(tex);
        }
        StringBuilder out = new StringBuilder(tex.length());
        new Decoding(tex).run(out, false);
        return collapseWhitespace(Normalizer.normalize(out, Normalizer.Form.NFC));
    }

    /** Runs of whitespace become one space; leading and trailing whitespace goes. */
    static String collapseWhitespace(CharSequence text) {
        if (text instanceof String && isCollapsed((String) text)) {
            return (String) text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c < '!' || c == '\u00A0' || (c > 127 && Character.isWhitespace(c))) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    /** One left-to-right pass over a value; groups are decoded recursively for accent arguments. */
    private static final class Decoding {
        /** Deepest nesting of accents inside accents decoded; deeper ones are left as text (no stack overflow). */
        private static final int MAX_NESTING = 32;

        private final String tex;
        private int at;
        private int nesting;

        Decoding(String tex) {
            this.tex = tex;
        }

        /** Decodes until the end, or (when {@code group}) until the brace closing the current group. */
        void run(StringBuilder out, boolean group) {
            int depth = 0;
            while (at < tex.length()) {
                char c = tex.charAt(at);
                if (c == '{') {
                    depth++;
                    at++;
                } else if (c == '}') {
                    at++;
                    if (group && depth == 0) {
                        return;
                    }
                    depth = Math.max(0, depth - 1);
                } else if (c == '\\') {
                    command(out);
                } else if (c == '~') {
                    out.append(' ');
                    at++;
                } else if (c == '$') {
                    at++; // math shift: keep the content, drop the delimiter
                } else if (c == '-' && tex.startsWith("---", at)) {
                    out.append('—');
                    at += 3;
                } else if (c == '-' && tex.startsWith("--", at)) {
                    out.append('–');
                    at += 2;
                } else if (c == '`' && tex.startsWith("``", at)) {
                    out.append('“');
                    at += 2;
                } else if (c == '\'' && tex.startsWith("''", at)) {
                    out.append('”');
                    at += 2;
                } else {
                    out.append(c);
                    at++;
                }
            }
        }

        /** Reads the control sequence at a backslash and writes what it stands for. */
        private void command(StringBuilder out) {
            at++; // the backslash
            if (at >= tex.length()) {
                out.append('\\');
                return;
            }
            char first = tex.charAt(at);
            String name;
            if (Character.isLetter(first)) {
                int start = at;
                while (at < tex.length() && Character.isLetter(tex.charAt(at)) && tex.charAt(at) < 128) {
                    at++;
                }
                if (at == start) { // a non-ASCII letter after the backslash: keep it
                    out.append('\\');
                    return;
                }
                name = tex.substring(start, at);
            } else {
                name = String.valueOf(first);
                at++;
            }
            Character accent = ACCENTS.get(name);
            if (accent != null) {
                accented(out, accent, Character.isLetter(first));
                return;
            }
            if (name.length() > 1 || Character.isLetter(first)) {
                String symbol = SYMBOLS.get(name);
                if (symbol != null) {
                    skipSpaceAfterWord();
                    skipEmptyGroup();
                    out.append(symbol);
                } else if (FORMATTING.contains(name)) {
                    skipSpaceAfterWord();
                } else if (name.equals("noopsort")) {
                    skipSpaceAfterWord();
                    skipGroup(); // the BibTeX sorting hack: its argument is not text
                } else {
                    out.append('\\').append(name); // unknown: keep it as written
                }
                return;
            }
            switch (first) {
                case ' ':
                case '\n':
                case ',':
                case ';':
                case ':':
                case '!':
                    out.append(' ');
                    break;
                case '-':
                case '/':
                case '@':
                    break; // discretionary hyphen, italic correction, spacing hint
                default:
                    out.append(first); // \& \% \$ \# \_ \{ \} and the like
            }
        }

        /** The argument of an accent: a braced group or one character (itself maybe a command). */
        private void accented(StringBuilder out, char mark, boolean wordCommand) {
            if (wordCommand) {
                skipSpaceAfterWord();
            }
            if (at >= tex.length() || nesting >= MAX_NESTING) {
                out.append(mark);
                return;
            }
            StringBuilder base = new StringBuilder();
            char c = tex.charAt(at);
            if (c == '{') {
                at++;
                nesting++;
                run(base, true);
                nesting--;
            } else if (c == '\\') {
                nesting++;
                command(base);
                nesting--;
            } else if (c == '}') {
                base.append(' ');
            } else {
                base.append(c);
                at++;
            }
            if (base.length() == 0) {
                out.append(mark);
                return;
            }
            char letter = base.charAt(0);
            if (letter == 'ı') {
                letter = 'i';
            } else if (letter == 'ȷ') {
                letter = 'j';
            }
            out.append(letter).append(mark).append(base, 1, base.length());
        }

        private void skipSpaceAfterWord() {
            while (at < tex.length() && (tex.charAt(at) == ' ' || tex.charAt(at) == '\t')) {
                at++;
            }
        }

        private void skipEmptyGroup() {
            if (tex.startsWith("{}", at)) {
                at += 2;
            }
        }

        private void skipGroup() {
            if (at >= tex.length() || tex.charAt(at) != '{') {
                return;
            }
            int depth = 0;
            while (at < tex.length()) {
                char c = tex.charAt(at++);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return;
                }
            }
        }
    }
}
