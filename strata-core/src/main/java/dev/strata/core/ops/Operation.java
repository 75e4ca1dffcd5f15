package dev.strata.core.ops;

/**
 * One schema change, as plain data: a closed vocabulary of VerbNoun records that a dialect renders to SQL
 * and a lint rule inspects. Every operation carries what it needs to be undone: a drop carries the whole
 * object it drops, an alter carries the state before and after. {@link #reverse()} returns the operation
 * that undoes this one, or throws {@link dev.strata.core.error.NotReversibleException} when there is none;
 * it never guesses.
 */
public sealed interface Operation permits
        CreateSchema, DropSchema,
        CreateExtension, DropExtension, AlterExtension,
        CreateEnumType, DropEnumType, AddEnumValue, ReplaceEnumType,
        CreateDomain, DropDomain, AlterDomain,
        CreateSequence, DropSequence, AlterSequence,
        CreateTable, DropTable, RenameTable, SetTableComment, SetTableAttributes,
        AddColumn, DropColumn, AlterColumn, RenameColumn,
        AddPrimaryKey, DropPrimaryKey,
        AddForeignKey, DropForeignKey,
        AddUnique, DropUnique,
        AddCheck, DropCheck,
        AddExclusion, DropExclusion,
        CreateIndex, DropIndex,
        CreateView, DropView, ReplaceView, SetViewComment {

    /** The operation that undoes this one. */
    Operation reverse();
}
