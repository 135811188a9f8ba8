package org.scholargraph.ingest.dblp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.events.EntityDeclaration;

/**
 * Refuses entity declarations that could expand beyond measure, before the parser expands any.
 *
 * <p>DBLP's {@code dblp.dtd} declares only character entities ({@code <!ENTITY uuml "&#252;">})
 * and two parameter entities listing element names. Entity-expansion attacks ("billion laughs",
 * quadratic blow-up) need either an entity whose value refers to other entities, or a long entity
 * referenced many times. So a declaration is refused when its value, character references decoded,
 * still holds an {@code &} or {@code %} (a reference to another entity, possibly disguised as
 * {@code &#38;} or {@code &#37;}), or when a general entity is longer than
 * {@value #MAX_GENERAL_ENTITY_CHARS} characters. The JDK's own limits stay on behind this as a
 * second fence (see {@link DblpReader}).
 */
final class DblpEntityGuard {

    /** The longest replacement text of a general entity; DBLP's are one character each. */
    static final int MAX_GENERAL_ENTITY_CHARS = 64;

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(?:-->|$)");
    private static final Pattern ENTITY = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?([^\\s%\"']+)\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");
    private static final Pattern DOCTYPE_START = Pattern.compile(
            "<!DOCTYPE\\s+[^\\s\\[>]+(?:\\s+(?:SYSTEM|PUBLIC)(?:\\s+(?:\"[^\"]*\"|'[^']*'))+)?\\s*(\\[)?");
    private static final Pattern INTERNAL_SUBSET_END = Pattern.compile("]\\s*>");

    private DblpEntityGuard() {
    }

    /**
     * What is wrong with the entity declarations of a DTD text (the {@code dblp.dtd} file, or the
     * start of a document with its internal subset), or empty when they are safe.
     */
    static Optional<String> checkDeclarations(String dtdText) {
        String text = COMMENT.matcher(dtdText).replaceAll(" ");
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            boolean parameter = m.group(1) != null;
            String name = m.group(2);
            String value = decode(m.group(3) != null ? m.group(3) : m.group(4));
            Optional<String> problem = check(parameter ? "%" + name : name, value, parameter);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the internal DTD subset of a document ends within the text looked at; the guard
     * cannot vouch for declarations it has not seen.
     */
    static boolean internalSubsetEndsWithin(String documentStart) {
        String text = COMMENT.matcher(documentStart).replaceAll(" ");
        Matcher doctype = DOCTYPE_START.matcher(text);
        if (!doctype.find() || doctype.group(1) == null) {
            return true;
        }
        return INTERNAL_SUBSET_END.matcher(text).region(doctype.end(), text.length()).find();
    }

    /**
     * What is wrong with the entities the parser collected from the DTD (the JDK lists parameter
     * entities among them, named {@code %field}), or empty.
     */
    static Optional<String> checkDeclared(Object declarations) {
        if (!(declarations instanceof List)) {
            return Optional.empty();
        }
        for (Object item : (List<?>) declarations) {
            if (item instanceof EntityDeclaration) {
                EntityDeclaration entity = (EntityDeclaration) item;
                String value = entity.getReplacementText();
                if (value != null) {
                    String name = entity.getName() == null ? "" : entity.getName();
                    Optional<String> problem = check(name, value, name.startsWith("%"));
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(String name, String value, boolean parameter) {
        if (value.indexOf('&') >= 0 || value.indexOf('%') >= 0) {
            return Optional.of("entity '" + name + "' is defined through other entities, which is how entity-expansion"
                    + " ('billion laughs') attacks work; DBLP's dblp.dtd defines characters only, so the file is refused");
        }
        if (!parameter && value.length() > MAX_GENERAL_ENTITY_CHARS) {
            return Optional.of("entity '" + name + "' is " + value.length() + " characters long (at most "
                    + MAX_GENERAL_ENTITY_CHARS + " are accepted: DBLP's entities are single characters, long ones"
                    + " can blow a small file up to gigabytes), so the file is refused");
        }
        return Optional.empty();
    }

    private static String decode(String value) {
        Matcher m = CHARACTER_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group(1);
            int code;
            try {
                code = digits.startsWith("x") ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                code = '&';
            }
            String replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "&";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
