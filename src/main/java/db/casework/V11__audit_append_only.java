package db.casework;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the audit's entries cannot be changed or removed, and its head can only
 * move forward, whoever the (non-owner) database user is: triggers refuse the statements.
 * The embedded H2 database (demonstration, tests) has no such guard. A Java migration
 * because the same SQL files serve both databases.
 */
public class V11__audit_append_only extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		if (!"PostgreSQL".equalsIgnoreCase(product)) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					create function mnr_audit_refuse() returns trigger language plpgsql as $$
					begin
					    raise exception 'mnr_audit is append-only: % refused', tg_op;
					end $$""");
			statement.execute("""
					create trigger mnr_audit_no_update before update or delete on mnr_audit
					    for each row execute function mnr_audit_refuse()""");
			statement.execute("""
					create trigger mnr_audit_no_truncate before truncate on mnr_audit
					    for each statement execute function mnr_audit_refuse()""");
			statement.execute("""
					create function mnr_audit_head_forward() returns trigger language plpgsql as $$
					begin
					    if tg_op <> 'UPDATE' or new.id <> old.id or new.last_seq <= old.last_seq then
					        raise exception 'mnr_audit_head only moves forward: % refused', tg_op;
					    end if;
					    return new;
					end $$""");
			statement.execute("""
					create trigger mnr_audit_head_guard before update or delete on mnr_audit_head
					    for each row execute function mnr_audit_head_forward()""");
			statement.execute("""
					create trigger mnr_audit_head_no_truncate before truncate on mnr_audit_head
					    for each statement execute function mnr_audit_refuse()""");
		}
	}

}
