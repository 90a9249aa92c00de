package io.dirshare.organizations;

/** How the AWS accounts list is ordered. */
public enum AccountSort {

	NAME_ASC("a.name ASC, a.id ASC"), NAME_DESC("a.name DESC, a.id DESC"), ID_ASC("a.id ASC"), ID_DESC("a.id DESC");

	/** A fixed ORDER BY clause; never built from request text. */
	private final String orderBy;

	AccountSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

}
