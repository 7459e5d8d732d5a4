package io.flgen.rules;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Applies a plan patch to an immutable plan, for rule fixtures that describe a plan flgen itself
 * never produces (a hand-edited or reviewed deployment). A patch is a JSON object of {@code path:
 * value}. A path walks record components by name; a list segment is either an index {@code
 * storages[0]} or a selector {@code storages[name=stx]} / {@code grants[principal=id-x]} that
 * matches every element whose component has that value (nested: {@code [owner.key=silo-a]}). The
 * value replaces the component: JSON booleans, numbers and strings map to the component type; a
 * JSON array of objects builds records of the list's element type; a JSON object builds a record.
 * The special key suffix {@code +} appends to a list: {@code "vnets[0].subnets[0].nsgRules+":
 * {...}}.
 */
public final class PlanPatch {
  private PlanPatch() {}

  public static <T> T apply(T root, JsonNode patch) {
    T out = root;
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      out = set(out, segments(e.getKey()), 0, e.getValue());
    }
    return out;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("\\.(?![^\\[]*\\])")) {
      int b = part.indexOf('[');
      if (b < 0) {
        out.add(part);
      } else {
        out.add(part.substring(0, b));
        out.add(part.substring(b));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> T set(T obj, List<String> segs, int i, JsonNode value) {
    String seg = segs.get(i);
    boolean last = i == segs.size() - 1;
    if (obj instanceof List<?> list) {
      if (!seg.startsWith("[")) {
        throw new IllegalArgumentException("expected [index] or [selector] at " + seg);
      }
      String sel = seg.substring(1, seg.length() - 1);
      List<Object> copy = new ArrayList<>(list);
      boolean matched = false;
      for (int k = 0; k < copy.size(); k++) {
        if (matches(copy.get(k), k, sel)) {
          matched = true;
          copy.set(
              k,
              last ? convert(value, copy.get(k).getClass()) : set(copy.get(k), segs, i + 1, value));
        }
      }
      if (!matched) {
        throw new IllegalArgumentException("no element matches [" + sel + "]");
      }
      return (T) List.copyOf(copy);
    }
    Class<?> c = obj.getClass();
    if (!c.isRecord()) {
      throw new IllegalArgumentException("cannot descend into " + c.getSimpleName() + " at " + seg);
    }
    boolean append = seg.endsWith("+");
    String name = append ? seg.substring(0, seg.length() - 1) : seg;
    RecordComponent[] comps = c.getRecordComponents();
    Object[] args = new Object[comps.length];
    boolean found = false;
    try {
      for (int k = 0; k < comps.length; k++) {
        Object cur = comps[k].getAccessor().invoke(obj);
        if (comps[k].getName().equals(name)) {
          found = true;
          if (append) {
            List<Object> l = new ArrayList<>((List<?>) cur);
            Class<?> el = elementType(comps[k]);
            l.add(convert(value, el));
            cur = List.copyOf(l);
          } else if (last) {
            cur = convertFor(value, comps[k], cur);
          } else {
            cur = set(cur, segs, i + 1, value);
          }
        }
        args[k] = cur;
      }
      if (!found) {
        throw new IllegalArgumentException(c.getSimpleName() + " has no component " + name);
      }
      Class<?>[] types =
          java.util.Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> ctor = c.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return (T) ctor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean matches(Object el, int index, String sel) {
    if (sel.matches("\\d+")) {
      return Integer.parseInt(sel) == index;
    }
    int eq = sel.indexOf('=');
    String path = sel.substring(0, eq);
    String want = sel.substring(eq + 1);
    Object cur = el;
    try {
      for (String p : path.split("\\.")) {
        cur = cur.getClass().getMethod(p).invoke(cur);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("bad selector " + sel, e);
    }
    return String.valueOf(cur).equals(want);
  }

  private static Class<?> elementType(RecordComponent rc) {
    var t = (java.lang.reflect.ParameterizedType) rc.getGenericType();
    return (Class<?>) t.getActualTypeArguments()[0];
  }

  private static Object convertFor(JsonNode v, RecordComponent rc, Object current) {
    if (rc.getType() == List.class) {
      Class<?> el = elementType(rc);
      List<Object> out = new ArrayList<>();
      v.forEach(x -> out.add(convert(x, el)));
      return List.copyOf(out);
    }
    if (rc.getType() == java.util.Optional.class) {
      return v.isNull()
          ? java.util.Optional.empty()
          : java.util.Optional.of(v.isString() ? v.asString() : v.toString());
    }
    return convert(v, rc.getType());
  }

  static Object convert(JsonNode v, Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return v.asBoolean();
    }
    if (type == int.class || type == Integer.class) {
      return v.asInt();
    }
    if (type == String.class) {
      return v.asString();
    }
    if (type.isEnum()) {
      for (Object o : type.getEnumConstants()) {
        if (((Enum<?>) o).name().equalsIgnoreCase(v.asString())) {
          return o;
        }
      }
      throw new IllegalArgumentException("no " + type.getSimpleName() + " " + v);
    }
    if (type.isRecord() && v.isObject()) {
      RecordComponent[] comps = type.getRecordComponents();
      Object[] args = new Object[comps.length];
      for (int k = 0; k < comps.length; k++) {
        JsonNode f = v.get(comps[k].getName());
        if (f == null && comps[k].getType() == java.util.Optional.class) {
          continue; // null: the record derives it (StepPlan.Port reads a binding's upstream)
        }
        if (f == null) {
          throw new IllegalArgumentException(type.getSimpleName() + " needs " + comps[k].getName());
        }
        args[k] = convertFor(f, comps[k], null);
      }
      try {
        Class<?>[] types =
            java.util.Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(types).newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("cannot convert " + v + " to " + type.getSimpleName());
  }
}
