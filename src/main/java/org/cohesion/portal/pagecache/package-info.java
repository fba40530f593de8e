/**
 * The rendered-page cache of the public site: compressed bytes of public pages served
 * without touching the database, dropped when content changes on this node or another.
 */
@NullMarked
package org.cohesion.portal.pagecache;

import org.jspecify.annotations.NullMarked;
