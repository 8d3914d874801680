package org.passerelle.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a string that a regular expression matches in full: enough of the syntax for the contract's
 * patterns (classes and ranges, groups, alternation, {@code ? * + {m,n}}, {@code \d \w \s \S} and escaped
 * literals). The fuzz test checks every generated value against the schema anyway, so a pattern this
 * does not cover only costs a valid value, never a wrong verdict.
 */
final class RegexGen {

    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    private static final String NON_SPACE = "abcdefghijkmnopqrstuvwxyzéèàçœüßñ0123456789ÉÀشكرΩЖ中-";

    private final String pattern;
    private final Random random;
    private int pos;

    private RegexGen(String pattern, Random random) {
        this.pattern = pattern;
        this.random = random;
    }

    static String generate(String pattern, Random random) {
        String p = pattern;
        if (p.startsWith("^")) {
            p = p.substring(1);
        }
        if (p.endsWith("$") && !p.endsWith("\\$")) {
            p = p.substring(0, p.length() - 1);
        }
        RegexGen gen = new RegexGen(p, random);
        StringBuilder out = new StringBuilder();
        gen.alternation(out);
        return out.toString();
    }

    private void alternation(StringBuilder out) {
        List<StringBuilder> branches = new ArrayList<>();
        branches.add(new StringBuilder());
        // Generate every branch (to consume the syntax), keep one.
        while (pos < pattern.length() && pattern.charAt(pos) != ')') {
            if (pattern.charAt(pos) == '|') {
                pos++;
                branches.add(new StringBuilder());
                continue;
            }
            quantified(branches.get(branches.size() - 1));
        }
        out.append(branches.get(random.nextInt(branches.size())));
    }

    private void quantified(StringBuilder out) {
        int start = pos;
        atom(new StringBuilder());
        int end = pos;
        int min = 1;
        int max = 1;
        if (pos < pattern.length()) {
            char q = pattern.charAt(pos);
            if (q == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (q == '*') {
                min = 0;
                max = 3;
                pos++;
            } else if (q == '+') {
                min = 1;
                max = 4;
                pos++;
            } else if (q == '{') {
                int close = pattern.indexOf('}', pos);
                String[] bounds = pattern.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + 3 : Integer.parseInt(bounds[1].trim());
                pos = close + 1;
            }
        }
        int after = pos;
        int times = min + random.nextInt(max - min + 1);
        for (int i = 0; i < times; i++) {
            pos = start;
            atom(out);
        }
        if (times == 0) {
            pos = end;
        }
        pos = after;
    }

    private void atom(StringBuilder out) {
        char c = pattern.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (pattern.startsWith("?:", pos)) {
                    pos += 2;
                }
                alternation(out);
                pos++; // ')'
            }
            case '[' -> out.append(characterClass());
            case '\\' -> out.append(escape(pattern.charAt(pos++)));
            case '.' -> out.append(pick(WORD));
            default -> out.append(c);
        }
    }

    private char characterClass() {
        boolean negated = pattern.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        StringBuilder chars = new StringBuilder();
        boolean first = true;
        while (first || pattern.charAt(pos) != ']') {
            first = false;
            char c = pattern.charAt(pos++);
            if (c == '\\') {
                char e = pattern.charAt(pos++);
                chars.append(switch (e) {
                    case 'd' -> "0123456789";
                    case 'w' -> WORD;
                    case 's' -> " ";
                    case 'S' -> NON_SPACE;
                    default -> String.valueOf(e);
                });
            } else if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
                char to = pattern.charAt(pos + 1);
                pos += 2;
                for (char x = c; x <= to; x++) {
                    chars.append(x);
                }
            } else {
                chars.append(c);
            }
        }
        pos++; // ']'
        if (negated) {
            StringBuilder others = new StringBuilder();
            for (char x = 'a'; x <= 'z'; x++) {
                if (chars.indexOf(String.valueOf(x)) < 0) {
                    others.append(x);
                }
            }
            return pick(others.length() == 0 ? "!" : others.toString());
        }
        return pick(chars.toString());
    }

    private String escape(char e) {
        return switch (e) {
            case 'd' -> String.valueOf(pick("0123456789"));
            case 'w' -> String.valueOf(pick(WORD));
            case 's' -> " ";
            case 'S' -> String.valueOf(pick(NON_SPACE));
            default -> String.valueOf(e);
        };
    }

    private char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
