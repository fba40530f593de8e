package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables of Hibernate Search's outbox-polling coordination, used when the portal
 * searches an OpenSearch cluster ({@code portal.search.backend=opensearch}). A change to
 * an indexed row writes an event in {@code hsearch_outbox_event} in the same transaction;
 * each node's agent (a row in {@code hsearch_agent}, renewed while the node lives) takes
 * its share of the events, indexes them and deletes them. An event outlives the node that
 * wrote it, so a crash loses no indexing. With the Lucene backend both tables stay empty.
 * <p>
 * The columns are those Hibernate Search 8.2 maps (its entities {@code OutboxEvent} and
 * {@code Agent}, with Spring's snake_case names), checked by {@code ddl-auto=validate}. A
 * Java migration because the same SQL cannot serve both databases: Hibernate expects the
 * payloads as {@code bytea} on PostgreSQL and as a {@code blob} on H2 (written
 * {@code binary large object}, the only spelling H2 takes in its PostgreSQL mode), and
 * PostgreSQL has no such type.
 */
public class V71__search_outbox_polling extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		String bytes = "PostgreSQL".equalsIgnoreCase(product) ? "bytea" : "binary large object";
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					create table hsearch_outbox_event (
					    id             uuid                        not null primary key,
					    entity_name    varchar(256)                not null,
					    entity_id      varchar(256)                not null,
					    entity_id_hash integer                     not null,
					    payload        %s                          not null,
					    retries        integer                     not null,
					    process_after  timestamp(6) with time zone not null,
					    status         varchar(255)                not null,
					    tenant_id      varchar(255)
					)""".formatted(bytes));
			statement.execute("create index hsearch_outbox_event_hash_idx on hsearch_outbox_event (entity_id_hash)");
			statement.execute("create index hsearch_outbox_event_status_idx on hsearch_outbox_event (status)");
			statement.execute("create index hsearch_outbox_event_process_idx on hsearch_outbox_event (process_after)");
			statement.execute("""
					create table hsearch_agent (
					    id                   uuid                        not null primary key,
					    type                 varchar(255)                not null,
					    name                 varchar(255)                not null,
					    expiration           timestamp(6) with time zone not null,
					    state                varchar(255)                not null,
					    total_shard_count    integer,
					    assigned_shard_index integer,
					    payload              %s,
					    tenant_id            varchar(255)
					)""".formatted(bytes));
		}
	}

}
