package org.decl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counters of HTML lists: an {@code <ol>}'s {@code type}, {@code start} and {@code reversed},
 * an item's {@code value}, and the {@code list-style-type} of its style attribute, which may name a
 * CSS counter style or one the document defines with {@code @counter-style} (any system: numeric,
 * alphabetic, additive, fixed, cyclic, symbolic, or extending another style with a prefix and
 * suffix, such as {@code (a)}).
 */
final class HtmlLists {

  private static final Pattern RULE =
      Pattern.compile("@counter-style\\s+([\\w-]+)\\s*\\{([^}]*)}", Pattern.CASE_INSENSITIVE);
  private static final Pattern DESCRIPTOR = Pattern.compile("([\\w-]+)\\s*:\\s*([^;]*)");
  private static final Pattern TOKEN = Pattern.compile("'([^']*)'|\"([^\"]*)\"|([^\\s'\",]+)");
  private static final Pattern LIST_STYLE =
      Pattern.compile("list-style(?:-type)?\\s*:\\s*([^;]+)", Pattern.CASE_INSENSITIVE);

  private final Map<String, CounterStyles.Css> defined;

  private HtmlLists(Map<String, CounterStyles.Css> defined) {
    this.defined = defined;
  }

  /** No document styles: only the names CSS defines. */
  static HtmlLists standard() {
    return new HtmlLists(Map.of());
  }

  /** The counter styles a document's style sheets define with {@code @counter-style}. */
  static HtmlLists defining(List<String> styleSheets) {
    Map<String, Map<String, String>> rules = new HashMap<>();
    for (String css : styleSheets) {
      Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
      while (rule.find()) {
        Map<String, String> descriptors = new HashMap<>();
        Matcher d = DESCRIPTOR.matcher(rule.group(2));
        while (d.find()) {
          descriptors.put(d.group(1).toLowerCase(Locale.ROOT), d.group(2).strip());
        }
        rules.put(rule.group(1).toLowerCase(Locale.ROOT), descriptors);
      }
    }
    Map<String, CounterStyles.Css> defined = new HashMap<>();
    for (String name : rules.keySet()) {
      resolve(name, rules, defined, 0);
    }
    return new HtmlLists(Map.copyOf(defined));
  }

  /** The counter of a list: its style attribute first, then its type attribute, else decimal. */
  CounterStyles.Css style(String styleAttribute, String typeAttribute) {
    if (styleAttribute != null) {
      Matcher m = LIST_STYLE.matcher(styleAttribute);
      if (m.find()) {
        for (String token : tokens(m.group(1))) {
          Optional<CounterStyles.Css> style = named(token, m.group(1));
          if (style.isPresent()) {
            return style.get();
          }
        }
      }
    }
    if (typeAttribute != null) {
      Optional<CounterStyles.Css> type = CounterStyles.htmlType(typeAttribute);
      if (type.isPresent()) {
        return type.get();
      }
    }
    return CounterStyles.css("decimal").orElseThrow();
  }

  private Optional<CounterStyles.Css> named(String token, String value) {
    if (value.strip().startsWith("\"") || value.strip().startsWith("'")) {
      return Optional.of(new CounterStyles.Css(new CounterStyle.Constant(token), ""));
    }
    CounterStyles.Css own = defined.get(token.toLowerCase(Locale.ROOT));
    return own != null ? Optional.of(own) : CounterStyles.css(token);
  }

  /** A document's style, resolved through the style it extends (cycles and depth are cut). */
  private static CounterStyles.Css resolve(
      String name,
      Map<String, Map<String, String>> rules,
      Map<String, CounterStyles.Css> done,
      int depth) {
    if (done.containsKey(name)) {
      return done.get(name);
    }
    Map<String, String> d = rules.get(name);
    if (d == null || depth > 10) {
      return CounterStyles.css(name).orElse(null);
    }
    String system = d.getOrDefault("system", "symbolic").toLowerCase(Locale.ROOT);
    List<String> symbols = tokens(d.getOrDefault("symbols", ""));
    CounterStyle style;
    String suffix = ". ";
    String inheritedPrefix = "";
    if (system.startsWith("extends")) {
      String base = system.substring("extends".length()).strip();
      CounterStyles.Css extended = resolve(base, rules, done, depth + 1);
      if (extended == null) {
        extended = CounterStyles.css("decimal").orElseThrow();
      }
      style = extended.style();
      suffix = extended.suffix();
      inheritedPrefix = extended.prefix();
    } else if (system.equals("numeric") && symbols.size() >= 2) {
      style = new CounterStyle.Numeric(symbols, 1);
    } else if (system.equals("alphabetic") && symbols.size() >= 2) {
      style = new CounterStyle.Alphabetic(symbols);
    } else if (system.startsWith("fixed") && !symbols.isEmpty()) {
      String first = system.substring("fixed".length()).strip();
      style = new CounterStyle.Fixed(symbols, first.isEmpty() ? 1 : Integer.parseInt(first));
    } else if (system.equals("cyclic") && !symbols.isEmpty()) {
      style = new CounterStyle.Cyclic(symbols);
    } else if (system.equals("additive")) {
      style = additive(d.getOrDefault("additive-symbols", ""));
    } else if (!symbols.isEmpty()) {
      style = new CounterStyle.Repeating(symbols);
    } else {
      style = CounterStyle.DECIMAL;
    }
    String prefix = d.containsKey("prefix") ? first(tokens(d.get("prefix"))) : inheritedPrefix;
    if (d.containsKey("suffix")) {
      suffix = first(tokens(d.get("suffix")));
    }
    CounterStyles.Css css = new CounterStyles.Css(style, prefix, suffix);
    done.put(name, css);
    return css;
  }

  private static CounterStyle additive(String value) {
    List<CounterStyle.Weighted> weighted = new ArrayList<>();
    for (String pair : value.split(",")) {
      List<String> t = tokens(pair);
      if (t.size() == 2 && t.get(0).matches("\\d+")) {
        weighted.add(new CounterStyle.Weighted(Integer.parseInt(t.get(0)), t.get(1)));
      }
    }
    return weighted.isEmpty() ? CounterStyle.DECIMAL : new CounterStyle.Additive(weighted);
  }

  private static String first(List<String> tokens) {
    return tokens.isEmpty() ? "" : tokens.get(0);
  }

  private static List<String> tokens(String value) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(value);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }
}
