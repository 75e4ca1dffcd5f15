package dev.strata.core.diff;

import dev.strata.core.diff.Plan.Phase;
import dev.strata.core.diff.expression.ExpressionNormalizer;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.View;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropView;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetViewComment;

import java.util.Objects;

/**
 * Diffs views, after the tables, because a view must be dropped before the columns it reads change.
 * A changed plain view is replaced in place ({@code CREATE OR REPLACE}, keeping its grants) unless its
 * old query mentions a table dropped or a column dropped or retyped in this diff; then, like a changed
 * materialized view, it is dropped first and created last. A view whose query is unchanged but mentions
 * a retyped column is recreated the same way, since PostgreSQL will not retype a column a view uses.
 */
final class ViewDiffer {
    private final DiffPolicy policy;
    private final Plan plan;
    private final TableDiffer tables;

    ViewDiffer(DiffPolicy policy, Plan plan, TableDiffer tables) {
        this.policy = policy;
        this.plan = plan;
        this.tables = tables;
    }

    void diff(Schema from, Schema to) {
        for (Namespace before : from.namespaces()) {
            Namespace after = to.namespace(before.name()).orElse(null);
            for (View view : before.views()) {
                View target = after == null ? null : after.view(view.name()).orElse(null);
                if (target == null) {
                    plan.add(Phase.DROP_VIEWS, new DropView(before.name(), view));
                    plan.difference(before.name() + "." + view.name(), kind(view) + "-removed", "");
                } else {
                    diff(before.name(), view, target);
                }
            }
        }
        for (Namespace after : to.namespaces()) {
            Namespace before = from.namespace(after.name()).orElse(null);
            for (View view : after.views()) {
                if (before == null || before.view(view.name()).isEmpty()) {
                    plan.add(Phase.VIEWS, new CreateView(after.name(), view));
                    plan.difference(after.name() + "." + view.name(), kind(view) + "-added", "");
                }
            }
        }
    }

    private void diff(String namespace, View before, View after) {
        String object = namespace + "." + before.name();
        boolean sameQuery = before.materialized() == after.materialized()
                && policy.viewDefinitionsEquivalent(before.definition(), after.definition());
        boolean dependsOnChange = tables.mayDependOnChange(() -> ExpressionNormalizer.identifiers(before.definition()));
        if (sameQuery && !dependsOnChange) {
            if (!Objects.equals(before.comment(), after.comment())) {
                plan.add(Phase.VIEWS, new SetViewComment(new TableRef(namespace, after.name()), before.comment(), after.comment()));
                plan.difference(object, kind(after) + "-changed", "comment " + Describe.text(before.comment())
                        + " -> " + Describe.text(after.comment()));
            }
            return;
        }
        if (!sameQuery && !dependsOnChange && !before.materialized() && !after.materialized()) {
            plan.add(Phase.VIEWS, new ReplaceView(namespace, before, after));
            if (!Objects.equals(before.comment(), after.comment())) {
                plan.add(Phase.VIEWS, new SetViewComment(new TableRef(namespace, after.name()), before.comment(), after.comment()));
            }
            plan.difference(object, kind(after) + "-changed", "definition");
            return;
        }
        plan.add(Phase.DROP_VIEWS, new DropView(namespace, before));
        plan.add(Phase.VIEWS, new CreateView(namespace, after));
        plan.difference(object, kind(after) + (sameQuery ? "-recreated" : "-changed"),
                sameQuery ? "it reads a column whose type changes" : "definition");
    }

    private static String kind(View view) {
        return view.materialized() ? "materialized-view" : "view";
    }
}
