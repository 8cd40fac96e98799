package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.TestDatabase;

/**
 * The {@code @Size} of every string attribute of the plan entities, which {@link StorageLimits} checks, is the length
 * of the varchar column Hibernate maps it to, as the Flyway migrations create it; and every varchar column of the plan
 * tables is mapped to a string attribute (so checked) or to an enum whose names all fit.
 */
class EntityColumnSizesTest {
    /** {@code table.column} to the declared length of each varchar column of the plan tables. */
    private static Map<String, Integer> varcharLengths;
    private static List<MappedColumn> mappedColumns;

    @BeforeAll
    static void readSchemaAndMapping() {
        try (TestDatabase database = TestDatabase.h2()) {
            varcharLengths = varcharLengths(database);
            mappedColumns = mappedColumns(database);
        }
    }

    /** A column Hibernate maps, with the field whose value it stores (for a collection: the collection field). */
    private record MappedColumn(String column, Field field, Class<?> javaType) {
    }

    @Test
    void everyAtSizeIsTheLengthOfItsColumn() {
        List<String> mismatches = new ArrayList<>();
        for (MappedColumn mapped : mappedColumns) {
            Integer length = varcharLengths.get(mapped.column());
            if (mapped.javaType() == String.class) {
                int size = StorageLimits.maxLength(mapped.field());
                if (length == null || size != length) {
                    mismatches.add(mapped.column() + " is varchar(" + length + ") but " + fieldName(mapped)
                            + " has @Size(max = " + size + ")");
                }
            }
        }

        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyVarcharColumnIsACheckedStringOrAnEnumThatFits() {
        Map<String, MappedColumn> mapped = new TreeMap<>();
        mappedColumns.forEach(c -> mapped.put(c.column(), c));
        List<String> unchecked = new ArrayList<>();
        varcharLengths.forEach((column, length) -> {
            MappedColumn c = mapped.get(column);
            if (c == null) {
                unchecked.add(column + " is mapped to no attribute");
            } else if (c.javaType().isEnum()) {
                for (Object constant : c.javaType().getEnumConstants()) {
                    if (((Enum<?>) constant).name().length() > length) {
                        unchecked.add(column + " is varchar(" + length + "), too short for " + constant);
                    }
                }
            } else if (c.javaType() != String.class) {
                unchecked.add(column + " holds a " + c.javaType().getSimpleName());
            }
        });

        assertEquals(List.of(), unchecked);
    }

    @Test
    void everyAuditTableHoldsWhatItsTableHolds() {
        Map<String, Integer> audit = new TreeMap<>();
        try (TestDatabase database = TestDatabase.h2()) {
            database.runInTransaction(em -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select table_name, column_name, character_maximum_length "
                        + "from information_schema.columns where table_schema = 'PUBLIC' "
                        + "and data_type = 'CHARACTER VARYING' and table_name like '%_AUD'").getResultList();
                rows.forEach(row -> audit.put(((String) row[0]).toLowerCase(Locale.ROOT).replace("_aud", "") + "."
                        + ((String) row[1]).toLowerCase(Locale.ROOT), ((Number) row[2]).intValue()));
            });
        }
        Map<String, Integer> audited = new TreeMap<>(varcharLengths);
        audited.keySet().removeIf(column -> column.startsWith("plan_summary."));

        assertEquals(audited, audit);
    }

    private static String fieldName(MappedColumn mapped) {
        return mapped.field().getDeclaringClass().getSimpleName() + "." + mapped.field().getName();
    }

    private static Map<String, Integer> varcharLengths(TestDatabase database) {
        return database.inTransaction(em -> {
            Map<String, Integer> lengths = new TreeMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select table_name, column_name, character_maximum_length "
                    + "from information_schema.columns where table_schema = 'PUBLIC' "
                    + "and data_type = 'CHARACTER VARYING'").getResultList();
            for (Object[] row : rows) {
                String table = ((String) row[0]).toLowerCase(Locale.ROOT);
                if (TestDatabase.PLAN_TABLES.contains(table)) {
                    lengths.put(table + "." + ((String) row[1]).toLowerCase(Locale.ROOT), ((Number) row[2]).intValue());
                }
            }
            return lengths;
        });
    }

    /** Every basic column of the plan entities, their embeddables and element collections, as Hibernate maps them. */
    private static List<MappedColumn> mappedColumns(TestDatabase database) {
        List<MappedColumn> columns = new ArrayList<>();
        try (var em = database.newEntityManager()) {
            em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                    .forEachEntityDescriptor(entity -> entity.forEachAttributeMapping(
                            a -> collect(a, field(a), columns)));
        }
        // the audit tables (V7) copy these columns and are written by Envers from the same, already checked, values
        columns.removeIf(c -> !TestDatabase.PLAN_TABLES.contains(c.column().substring(0, c.column().indexOf('.'))));
        assertEquals(new TreeSet<>(TestDatabase.PLAN_TABLES),
                new TreeSet<>(columns.stream().map(c -> c.column().substring(0, c.column().indexOf('.'))).toList()),
                "the walk reaches every plan table");
        return columns;
    }

    private static void collect(ModelPart part, Field field, List<MappedColumn> columns) {
        if (part instanceof PluralAttributeMapping collection) {
            collect(collection.getElementDescriptor(), field, columns);
            if (collection.getIndexDescriptor() != null) {
                collect(collection.getIndexDescriptor(), field, columns);
            }
        } else if (part instanceof EmbeddableValuedModelPart embedded) {
            embedded.getEmbeddableTypeDescriptor().forEachAttributeMapping(a -> collect(a, field(a), columns));
        } else if (part instanceof BasicValuedModelPart basic) {
            columns.add(new MappedColumn(
                    basic.getContainingTableExpression().toLowerCase(Locale.ROOT) + "."
                            + basic.getSelectionExpression().toLowerCase(Locale.ROOT),
                    field, basic.getJavaType().getJavaTypeClass()));
        }
    }

    private static Field field(AttributeMapping attribute) {
        return (Field) attribute.getPropertyAccess().getGetter().getMember();
    }
}
