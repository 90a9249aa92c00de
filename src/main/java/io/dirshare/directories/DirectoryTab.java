package io.dirshare.directories;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.Caller;

import org.springframework.ui.Model;

/**
 * A tab of a directory's page that a module above this one fills, e.g. the sharing module's
 * "Scale &amp; share". The page asks the tab for its model only when it shows it, in a Region the
 * directory runs in.
 */
public interface DirectoryTab {

	/** The tab's value of the page's {@code tab} parameter. */
	String name();

	/** Adds what the tab's fragment needs. */
	void addTo(Model model, Caller caller, Directory directory, HttpServletRequest request);

}
