package org.cohesion.portal.pagecache;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * H2 over TCP reports a lost server with its own error codes (connection broken, database
 * closed) rather than the SQL-standard {@code 08…} states that HikariCP recognises (as
 * PostgreSQL's driver sends), so without this the pool would keep handing out the dead
 * connections after the server is back. Only {@link DatabaseOutageTests} needs it: the
 * embedded H2 the portal runs on never goes away under it.
 */
public class H2ConnectionLoss implements SQLExceptionOverride {

	private static final Set<Integer> CONNECTION_LOST = Set.of(90067, 90098, 90121);

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		return CONNECTION_LOST.contains(ex.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}

}
