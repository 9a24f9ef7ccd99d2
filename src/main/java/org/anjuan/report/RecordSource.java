package org.anjuan.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * A template's rows from a list of records: the field {@code $F{title}} reads the record component {@code title}.
 * Records have no JavaBean getters (title(), not getTitle()), so Jasper's bean data source cannot read them.
 * Text goes through {@link FormText#printable}.
 */
final class RecordSource implements JRDataSource {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                byName.put(c.getName(), c.getAccessor());
            }
            return Map.copyOf(byName);
        }
    };

    private final Iterator<? extends Record> rows;
    private Record current;

    RecordSource(List<? extends Record> rows) {
        this.rows = List.copyOf(rows).iterator();
    }

    @Override
    public boolean next() {
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors(current.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("the template reads " + field.getName() + ", which "
                    + current.getClass().getSimpleName() + " does not have");
        }
        return read(accessor, current);
    }

    /** A record's components by name, as template parameters ({@code $P{archiveNumber}}). */
    static Map<String, Object> parameters(Record record) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, Method> e : accessors(record.getClass()).entrySet()) {
            values.put(e.getKey(), read(e.getValue(), record));
        }
        return values;
    }

    private static Map<String, Method> accessors(Class<?> type) {
        return ACCESSORS.get(type);
    }

    private static Object read(Method accessor, Record record) {
        try {
            Object value = accessor.invoke(record);
            return value instanceof String s ? FormText.printable(s) : value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record, e);
        }
    }
}
