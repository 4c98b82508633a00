package io.cloudstorage.connect.source.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text with {@code ${name}} placeholders, such as the topic template {@code logs.${service}}. Parsed once; each
 * rendering only concatenates. {@code $$} stands for a literal {@code $}.
 */
public final class Template {

    private sealed interface Part permits Literal, Placeholder {
    }

    private record Literal(String text) implements Part {
    }

    private record Placeholder(String name) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /**
     * @throws IllegalArgumentException for an unclosed or empty placeholder, naming where it starts
     */
    public static Template parse(String source) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '$') {
                literal.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                int end = source.indexOf('}', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("The placeholder starting at index " + i + " of '" + source
                            + "' is not closed with '}'");
                }
                String name = source.substring(i + 2, end).trim();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("The placeholder at index " + i + " of '" + source
                            + "' has no name");
                }
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Placeholder(name));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new Template(source, parts);
    }

    /** Whether the template holds any placeholder. */
    public boolean isConstant() {
        return parts.stream().noneMatch(Placeholder.class::isInstance);
    }

    /** The names of its placeholders, in the order they first appear. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                names.add(placeholder.name());
            }
        }
        return names;
    }

    /** The text between the placeholders. */
    public List<String> literals() {
        return parts.stream().filter(Literal.class::isInstance).map(part -> ((Literal) part).text()).toList();
    }

    /**
     * @throws IllegalArgumentException if {@code values} lacks a placeholder's value
     */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else {
                String name = ((Placeholder) part).name();
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("No value for ${" + name + "} in '" + source + "'");
                }
                out.append(value);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
