package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compact binary form of findings, their places and what the cross-file rules keep of a plan (records
 * of plain values), for {@link Spill}: a finding takes about a tenth of the memory it takes as objects,
 * and decodes equal to what was encoded. Words that recur in every file (rule ids, message keys,
 * languages) and types are written as numbers into tables the codec keeps. A value of a type it does not
 * know is {@link Unencodable}: the caller then keeps the value as it is.
 */
final class FindingCodec {

    /** A value the codec has no form for. */
    static final class Unencodable extends Exception {
        Unencodable(Object value) {
            super(value.getClass().getName(), null, false, false);
        }
    }

    private static final Severity[] SEVERITIES = Severity.values();

    private final Map<String, Integer> wordIds = new HashMap<>();
    private String[] words = new String[64];

    Out out() {
        return new Out();
    }

    In in(byte[] bytes) {
        return new In(bytes);
    }

    private synchronized int wordId(String word) {
        Integer id = wordIds.get(word);
        if (id == null) {
            id = wordIds.size();
            if (id == words.length) {
                words = Arrays.copyOf(words, id * 2);
            }
            words[id] = word;
            wordIds.put(word, id);
        }
        return id;
    }

    private synchronized String word(int id) {
        return words[id];
    }

    private final Map<Class<?>, Integer> typeIds = new HashMap<>();
    private Class<?>[] types = new Class<?>[16];

    private synchronized int typeId(Class<?> type) {
        Integer id = typeIds.get(type);
        if (id == null) {
            id = typeIds.size();
            if (id == types.length) {
                types = Arrays.copyOf(types, id * 2);
            }
            types[id] = type;
            typeIds.put(type, id);
        }
        return id;
    }

    private synchronized Class<?> type(int id) {
        return types[id];
    }

    /** A record type's components and canonical constructor, looked up once per type. */
    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = components[i].getAccessor();
                    accessors[i].setAccessible(true);
                    parameters[i] = components[i].getType();
                }
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return new Shape(accessors, constructor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // not open to us: such a value is kept as it is
            }
        }
    };

    /** Writes into a growing byte array. */
    final class Out {
        private byte[] buf = new byte[256];
        private int size;

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        void bool(boolean b) {
            ensure(1);
            buf[size++] = (byte) (b ? 1 : 0);
        }

        /** An int, 1 to 5 bytes: small numbers (counts, lines) are one byte. */
        void number(int n) {
            number(n & 0xFFFFFFFFL); // as unsigned: a negative int takes 5 bytes, not 10
        }

        /** 7 bits a byte, low first. */
        void number(long n) {
            ensure(10);
            long v = n;
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        /** A string or {@code null}. */
        void text(String s) {
            if (s == null) {
                number(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(b.length + 1);
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void word(String w) {
            number(w == null ? 0 : wordId(w) + 1);
        }

        void pointer(JsonPointer p) {
            text(p.toString());
        }

        void region(SourceRegion r) {
            if (r instanceof SourceRegion.TextPosition t) {
                number(0);
                number(t.line());
                number(t.column());
            } else if (r instanceof SourceRegion.TableCell c) {
                number(1);
                number(c.table());
                number(c.row());
                number(c.column());
                text(c.header());
            } else if (r instanceof SourceRegion.SheetCell c) {
                number(2);
                text(c.sheet());
                number(c.row());
                number(c.column());
                text(c.header());
            } else {
                SourceRegion.Paragraph p = (SourceRegion.Paragraph) r;
                number(3);
                number(p.number());
                text(p.part());
            }
        }

        /** A place; its file is written only where it is not {@code file}, the record's own. */
        void location(Location l, String file) {
            boolean own = l.file().equals(file);
            bool(own);
            if (!own) {
                text(l.file());
            }
            pointer(l.pointer());
            region(l.region());
        }

        void finding(Finding f, String file) throws Unencodable {
            word(f.rule());
            number(f.severity().ordinal());
            location(f.location(), file);
            word(f.messageKey());
            number(f.args().size());
            for (Object a : f.args()) {
                value(a);
            }
            Suggestion s = f.suggestion();
            bool(s != null);
            if (s != null) {
                text(s.text());
                number(s.patch().size());
                for (Suggestion.PatchOperation op : s.patch()) {
                    word(op.op());
                    text(op.path());
                    value(op.value());
                }
            }
            word(f.locale() == null ? null : f.locale().toLanguageTag());
            text(f.fingerprint());
            number(f.related().size());
            for (Location l : f.related()) {
                location(l, file);
            }
        }

        void findings(List<Finding> findings, String file) throws Unencodable {
            number(findings.size());
            for (Finding f : findings) {
                finding(f, file);
            }
        }

        /** A message argument or a patch value, by its type, so that it formats as before. */
        void value(Object v) throws Unencodable {
            if (v == null) {
                number(0);
            } else if (v instanceof String s) {
                number(1);
                text(s);
            } else if (v instanceof Integer i) {
                number(2);
                number(i.intValue());
            } else if (v instanceof Long l) {
                number(3);
                number(l.longValue());
            } else if (v instanceof Double d) {
                number(4);
                number(Double.doubleToRawLongBits(d));
            } else if (v instanceof BigDecimal d) {
                number(5);
                text(d.toString());
            } else if (v instanceof Boolean b) {
                number(6);
                bool(b);
            } else if (v instanceof BigInteger b) {
                number(7);
                text(b.toString());
            } else if (v instanceof LocalDate d) {
                number(8);
                text(d.toString());
            } else if (v instanceof JsonPointer p) {
                number(9);
                pointer(p);
            } else if (v instanceof Enum<?> e) {
                number(10);
                number(typeId(e.getDeclaringClass()));
                number(e.ordinal());
            } else if (v instanceof List<?> list) {
                number(11);
                number(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (v instanceof Record r) {
                // What a cross-file rule keeps of a plan: records of the values above.
                Shape shape = SHAPES.get(r.getClass());
                if (shape == null) {
                    throw new Unencodable(v);
                }
                number(12);
                number(typeId(r.getClass()));
                for (Method accessor : shape.accessors()) {
                    Object component;
                    try {
                        component = accessor.invoke(r);
                    } catch (ReflectiveOperationException e) {
                        throw new Unencodable(v);
                    }
                    // A list reads back as an unmodifiable List: a component declared as an ArrayList cannot take it.
                    if (component instanceof List<?> && !accessor.getReturnType().isAssignableFrom(List.class)) {
                        throw new Unencodable(v);
                    }
                    value(component);
                }
            } else {
                throw new Unencodable(v);
            }
        }
    }

    /** Reads what an {@link Out} wrote, in the same order. */
    final class In {
        private final byte[] buf;
        private int at;

        In(byte[] buf) {
            this.buf = buf;
        }

        boolean bool() {
            return buf[at++] != 0;
        }

        int number() {
            return (int) longNumber();
        }

        long longNumber() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buf[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        String text() {
            int n = number();
            if (n == 0) {
                return null;
            }
            String s = new String(buf, at, n - 1, StandardCharsets.UTF_8);
            at += n - 1;
            return s;
        }

        String word() {
            int id = number();
            return id == 0 ? null : FindingCodec.this.word(id - 1);
        }

        JsonPointer pointer() {
            return JsonPointer.parse(text());
        }

        SourceRegion region() {
            switch (number()) {
                case 0: {
                    int line = number();
                    int column = number();
                    return line == 0 && column == 0 ? SourceRegion.WHOLE_FILE : new SourceRegion.TextPosition(line, column);
                }
                case 1:
                    return new SourceRegion.TableCell(number(), number(), number(), text());
                case 2:
                    return new SourceRegion.SheetCell(text(), number(), number(), text());
                default:
                    return new SourceRegion.Paragraph(number(), text());
            }
        }

        Location location(String file) {
            String f = bool() ? file : text();
            return new Location(f, pointer(), region());
        }

        Finding finding(String file) {
            String rule = word();
            Severity severity = SEVERITIES[number()];
            Location location = location(file);
            String key = word();
            int n = number();
            List<Object> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(value());
            }
            Suggestion suggestion = null;
            if (bool()) {
                String text = text();
                int ops = number();
                List<Suggestion.PatchOperation> patch = new ArrayList<>(ops);
                for (int i = 0; i < ops; i++) {
                    patch.add(new Suggestion.PatchOperation(word(), text(), value()));
                }
                suggestion = new Suggestion(text, patch);
            }
            String tag = word();
            Locale locale = tag == null ? null : Locale.forLanguageTag(tag);
            String fingerprint = text();
            int r = number();
            List<Location> related = new ArrayList<>(r);
            for (int i = 0; i < r; i++) {
                related.add(location(file));
            }
            return new Finding(rule, severity, location, key, args, suggestion, locale, fingerprint, related);
        }

        List<Finding> findings(String file) {
            int n = number();
            List<Finding> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(finding(file));
            }
            return out;
        }

        Object value() {
            switch (number()) {
                case 0:
                    return null;
                case 1:
                    return text();
                case 2:
                    return number();
                case 3:
                    return longNumber();
                case 4:
                    return Double.longBitsToDouble(longNumber());
                case 5:
                    return new BigDecimal(text());
                case 6:
                    return bool();
                case 7:
                    return new BigInteger(text());
                case 8:
                    return LocalDate.parse(text());
                case 9:
                    return pointer();
                case 10:
                    return type(number()).getEnumConstants()[number()];
                case 11: {
                    int n = number();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return Collections.unmodifiableList(list);
                }
                default: {
                    Class<?> type = type(number());
                    Shape shape = SHAPES.get(type);
                    Object[] components = new Object[shape.accessors().length];
                    for (int i = 0; i < components.length; i++) {
                        components[i] = value();
                    }
                    try {
                        return shape.constructor().newInstance(components);
                    } catch (ReflectiveOperationException | IllegalArgumentException e) {
                        throw new IllegalStateException("Cannot make a " + type.getName() + " of what it was", e);
                    }
                }
            }
        }
    }
}
