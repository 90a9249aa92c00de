package io.dirshare.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.policy.MalformedPolicyException;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.directories.AccountDirectories.AccountDirectory;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Policy simulator page under IAM. One form holds everything; the account switch, "Select all" and
 * "Clear" of a service and Run simulation are plain posts told apart by the button pressed, and htmx
 * only swaps the simulator (form and results) in place. Simulating changes nothing, so nothing is
 * redirected or recorded.
 */
@Controller
class PolicySimulatorController {

	static final String PATH = "/iam/policy-simulator";

	static final String VIEW = "simulator/simulator";

	static final String VIEW_PANEL = "simulator/simulator :: simulator";

	/** The services whose actions the simulator offers, as the console names them. */
	static final Map<String, String> SERVICES = servicesInOrder();

	/** Six colon-separated parts, the first {@code arn}: what the Resource element compares part by part. */
	private static final Pattern ARN = Pattern.compile("^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$");

	private final PolicySimulator simulator;

	PolicySimulatorController(PolicySimulator simulator) {
		this.simulator = simulator;
	}

	@GetMapping(PATH)
	String page(Caller caller, @RequestParam(required = false) String accountId, Model model) {
		SimulationForm form = new SimulationForm();
		form.setAccountId((accountId != null && !accountId.isBlank()) ? accountId : caller.accountId());
		return render(caller, form, model, VIEW);
	}

	/** Run simulation, also the answer to Enter and to a browser that sends no button. */
	@PostMapping(PATH)
	String run(Caller caller, @ModelAttribute("form") SimulationForm form, BindingResult binding, HtmxRequest htmx,
			Model model) {
		defaultAccount(caller, form);
		List<String> users = this.simulator.users(caller, form.getAccountId());
		List<AccountDirectory> directories = this.simulator.directories(caller, form.getAccountId());
		Optional<String> user = users.stream().filter((name) -> name.equalsIgnoreCase(form.getUserName())).findFirst();
		if (user.isEmpty()) {
			binding.rejectValue("userName", "required", "Choose a user of account " + form.getAccountId() + " to simulate.");
		}
		List<Action> actions = chosenActions(form);
		if (actions.isEmpty()) {
			binding.rejectValue("actions", "required", "Choose at least one action to simulate.");
		}
		ResourceRef resource = resource(caller, form, directories, binding);
		try {
			PolicySimulator.unsavedPolicy(form.getUnsavedPolicy());
		}
		catch (MalformedPolicyException malformed) {
			binding.rejectValue("unsavedPolicy", "malformed", malformed.getMessage());
		}
		if (!binding.hasErrors()) {
			model.addAttribute("simulation", this.simulator.simulate(caller, form.getAccountId(), user.get(), actions,
					resource, form.getUnsavedPolicy()));
		}
		return render(caller, form, users, directories, model, view(htmx));
	}

	/** Another account: its users and directories are offered, what was picked of the last one is dropped. */
	@PostMapping(path = PATH, params = "action=account")
	String switchAccount(Caller caller, @ModelAttribute("form") SimulationForm form, HtmxRequest htmx, Model model) {
		defaultAccount(caller, form);
		return render(caller, form, model, view(htmx));
	}

	@PostMapping(path = PATH, params = "selectAll")
	String selectAll(Caller caller, @ModelAttribute("form") SimulationForm form, @RequestParam String selectAll,
			HtmxRequest htmx, Model model) {
		defaultAccount(caller, form);
		Set<String> chosen = new LinkedHashSet<>(form.getActions());
		actionsOf(selectAll).forEach((action) -> chosen.add(action.iamName()));
		form.setActions(new ArrayList<>(chosen));
		return render(caller, form, model, view(htmx));
	}

	@PostMapping(path = PATH, params = "clearService")
	String clearService(Caller caller, @ModelAttribute("form") SimulationForm form, @RequestParam String clearService,
			HtmxRequest htmx, Model model) {
		defaultAccount(caller, form);
		List<String> cleared = actionsOf(clearService).stream().map(Action::iamName).toList();
		form.setActions(form.getActions().stream().filter((name) -> !cleared.contains(name)).toList());
		return render(caller, form, model, view(htmx));
	}

	private static String view(HtmxRequest htmx) {
		return htmx.isHtmxRequest() ? VIEW_PANEL : VIEW;
	}

	private static void defaultAccount(Caller caller, SimulationForm form) {
		if (form.getAccountId() == null || form.getAccountId().isEmpty()) {
			form.setAccountId(caller.accountId());
		}
	}

	private String render(Caller caller, SimulationForm form, Model model, String view) {
		List<String> users = this.simulator.users(caller, form.getAccountId());
		List<AccountDirectory> directories = this.simulator.directories(caller, form.getAccountId());
		if (users.stream().noneMatch((name) -> name.equalsIgnoreCase(form.getUserName()))) {
			form.setUserName("");
		}
		if (directories.stream().noneMatch((directory) -> directory.directoryId().equals(form.getDirectoryId()))) {
			form.setDirectoryId("");
		}
		return render(caller, form, users, directories, model, view);
	}

	private String render(Caller caller, SimulationForm form, List<String> users, List<AccountDirectory> directories,
			Model model, String view) {
		model.addAttribute("form", form);
		model.addAttribute("accounts", this.simulator.accounts(caller));
		model.addAttribute("users", users);
		model.addAttribute("directories", directories);
		model.addAttribute("actionGroups", actionGroups());
		model.addAttribute("serviceNames", SERVICES);
		return view;
	}

	/** The actions ticked that the simulator offers, in the order of {@link Action}; anything else is ignored. */
	private static List<Action> chosenActions(SimulationForm form) {
		return Arrays.stream(Action.values())
			.filter((action) -> SERVICES.containsKey(action.service()))
			.filter((action) -> form.getActions().contains(action.iamName()))
			.toList();
	}

	private static ResourceRef resource(Caller caller, SimulationForm form, List<AccountDirectory> directories,
			BindingResult binding) {
		if (form.isArnResource()) {
			String arn = form.getResourceArn();
			if (arn.equals("*")) {
				return ResourceRef.ANY;
			}
			if (!ARN.matcher(arn).matches()) {
				binding.rejectValue("resourceArn", "arn", "Type a resource ARN such as arn:aws:ds:"
						+ caller.region().code() + ":111122223333:directory/d-1234567890, or * for every resource.");
				return null;
			}
			return new ResourceRef(arn, caller.region().code(), Map.of());
		}
		return directories.stream()
			.filter((directory) -> directory.directoryId().equals(form.getDirectoryId()))
			.findFirst()
			.map(AccountDirectory::resource)
			.orElseGet(() -> {
				binding.rejectValue("directoryId", "required", "Choose a directory, or type a resource ARN instead.");
				return null;
			});
	}

	static Map<String, List<Action>> actionGroups() {
		Map<String, List<Action>> groups = new LinkedHashMap<>();
		SERVICES.keySet().forEach((service) -> groups.put(service, actionsOf(service)));
		return groups;
	}

	private static List<Action> actionsOf(String service) {
		return Arrays.stream(Action.values())
			.filter((action) -> SERVICES.containsKey(service) && action.service().equals(service))
			.toList();
	}

	private static Map<String, String> servicesInOrder() {
		Map<String, String> services = new LinkedHashMap<>();
		services.put("ds", "AWS Directory Service");
		services.put("organizations", "AWS Organizations");
		services.put("iam", "AWS Identity and Access Management (IAM)");
		return java.util.Collections.unmodifiableMap(services);
	}

}
