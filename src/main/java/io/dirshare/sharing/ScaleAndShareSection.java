package io.dirshare.sharing;

import io.dirshare.core.Caller;
import io.dirshare.directories.Directory;

import org.springframework.ui.Model;

/**
 * A part of sharing that shows a section on a directory's Scale &amp; share tab, below its shared
 * directories, in the selected Region (access requests offer the directory there).
 */
public interface ScaleAndShareSection {

	void addTo(Model model, Caller caller, Directory directory);

}
