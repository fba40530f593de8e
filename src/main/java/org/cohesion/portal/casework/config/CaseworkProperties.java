package org.cohesion.portal.casework.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The casework's configuration ({@code portal.casework.*}).
 *
 * @param db its own database, never the portal's
 * @param idleTimeout a casework session ends after this long without a request
 * @param allowedNetworks client networks (CIDR) allowed to reach {@code /mnr}; empty
 * allows every network
 * @param secureCookie whether the session cookie is sent over HTTPS only
 * @param signinKey the key that seals the users' second-factor secrets (32 random bytes
 * in Base64, or a Tink JSON keyset), from the environment only; required outside demo
 * mode
 * @param demoKeyDirectory demo mode only: where keys are generated once when none is
 * configured
 */
@ConfigurationProperties("portal.casework")
public record CaseworkProperties(@DefaultValue Db db, @DefaultValue("15m") Duration idleTimeout,
		@DefaultValue List<String> allowedNetworks, @DefaultValue("false") boolean secureCookie,
		@DefaultValue("") String signinKey, @DefaultValue("./data/casework-keys") String demoKeyDirectory) {

	@Override
	public String toString() {
		return "CaseworkProperties[db=" + db + ", idleTimeout=" + idleTimeout + ", allowedNetworks=" + allowedNetworks
				+ "]";
	}

	/**
	 * @param url JDBC address (embedded default: an H2 file under {@code ./data})
	 * @param user database user
	 * @param password its password, from the environment only
	 * @param poolSize connections kept open
	 */
	public record Db(
			@DefaultValue("jdbc:h2:file:./data/casework;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE") String url,
			@DefaultValue("sa") String user, @DefaultValue("") String password, @DefaultValue("5") int poolSize) {

		@Override
		public String toString() {
			return "Db[url=" + url + ", user=" + user + "]";
		}

	}

}
