package io.dirshare.api;

import java.util.List;

/** A bean contributing the operations of one AWS service to the dispatcher. */
interface ApiOperations {

	List<ApiOperation<?>> operations();

}
