package org.cohesion.portal.casework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transaction on the casework database. Casework code uses this instead of
 * {@code @Transactional}: on a node that runs both sides, a bare {@code @Transactional}
 * is the portal's.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Transactional(transactionManager = CaseworkTransactional.TRANSACTION_MANAGER)
public @interface CaseworkTransactional {

	/** The bean name of the casework's transaction manager. */
	String TRANSACTION_MANAGER = "caseworkTransactionManager";

	@AliasFor(annotation = Transactional.class)
	boolean readOnly() default false;

	@AliasFor(annotation = Transactional.class)
	Propagation propagation() default Propagation.REQUIRED;

}
