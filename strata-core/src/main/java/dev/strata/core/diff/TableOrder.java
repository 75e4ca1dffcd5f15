package dev.strata.core.diff;

import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which to create or drop a set of tables when their foreign keys travel inside
 * {@code CREATE TABLE} ({@link DiffPolicy#foreignKeysInline()}): referenced tables first when creating,
 * last when dropping. Iterative (a chain of 10,000 foreign keys does not overflow the stack); a cycle is
 * broken where it closes. Otherwise, the model's order.
 */
final class TableOrder {
    private TableOrder() {
    }

    static List<Table> forCreate(List<Table> tables, String namespace, DiffPolicy policy) {
        return policy.foreignKeysInline() && tables.size() > 1 ? referencedFirst(tables, namespace) : tables;
    }

    static List<Table> forDrop(List<Table> tables, String namespace, DiffPolicy policy) {
        if (!policy.foreignKeysInline() || tables.size() < 2) {
            return tables;
        }
        List<Table> order = new ArrayList<>(referencedFirst(tables, namespace));
        Collections.reverse(order);
        return order;
    }

    private static List<Table> referencedFirst(List<Table> tables, String namespace) {
        Map<String, Table> byName = new HashMap<>();
        for (Table table : tables) {
            byName.put(table.name(), table);
        }
        List<Table> order = new ArrayList<>(tables.size());
        Set<String> seen = new HashSet<>();
        Deque<Map.Entry<Table, Iterator<ForeignKey>>> stack = new ArrayDeque<>();
        for (Table root : tables) {
            if (!seen.add(root.name())) {
                continue;
            }
            stack.push(Map.entry(root, root.foreignKeys().iterator()));
            while (!stack.isEmpty()) {
                Map.Entry<Table, Iterator<ForeignKey>> top = stack.peek();
                if (top.getValue().hasNext()) {
                    ForeignKey fk = top.getValue().next();
                    String ns = fk.referencedTable().namespace();
                    Table referenced = ns == null || ns.equals(namespace) ? byName.get(fk.referencedTable().name()) : null;
                    if (referenced != null && seen.add(referenced.name())) {
                        stack.push(Map.entry(referenced, referenced.foreignKeys().iterator()));
                    }
                } else {
                    order.add(stack.pop().getKey());
                }
            }
        }
        return order;
    }
}
