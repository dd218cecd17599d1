package rapport.demo.load;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import rapport.demo.DemoException;
import rapport.demo.DemoSettings;
import rapport.demo.TokenSource;
import rapport.demo.plan.Placement;
import rapport.demo.plan.PlacementPlanner;
import rapport.demo.plan.Timeline;

/**
 * Loads a placement through the three services' public APIs, stage by stage: customers, contacts (each customer's
 * in order, customers in parallel), complaint steps, improvement actions, survey answers, promises; then waits for
 * kpi-service to consume the events and reads its evaluation of the improvement actions. Every stage first finds
 * what exists, so loading twice writes nothing the second time.
 */
public final class Loader {

    /** Requests in flight: enough to keep the three services busy on a 2-core machine without queueing. */
    private static final int PARALLEL = 6;
    /** The team's reporting time zone, kpi-service's default: the placement's days are its days. */
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** What a load did: the plan, the calendar it was placed on, and kpi-service's verdicts. */
    public record Result(Placement placement, Timeline timeline, List<Evaluation> evaluations,
            boolean kpisCaughtUp, Duration elapsed) {
    }

    private final DemoSettings settings;
    private final TokenSource tokens;
    private final PrintStream out;
    private final boolean terminal;
    private final Clock clock;

    public Loader(DemoSettings settings, TokenSource tokens, PrintStream out, boolean terminal, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    public Result load() {
        Placement placement = PlacementPlanner.plan(settings.seed());
        Timeline timeline = Timeline.of(clock.instant(), ZONE);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try (Progress progress = new Progress(out, terminal)) {
            LoadContext context = new LoadContext(settings, new ServiceClient("customer-service",
                    settings.customerService(), http), new ServiceClient("feedback-service", settings.feedbackService(),
                    http), new ServiceClient("kpi-service", settings.kpiService(), http), timeline, progress, tokens,
                    workers);
            progress.say("Loading the demo placement into team " + settings.team() + " (seed " + settings.seed()
                    + ", " + timeline.date(1 - placement.days()) + " to " + timeline.today() + ")");
            ready(context);
            signIn(context, placement);
            List<LoadedCustomer> customers = placement.customers().stream().map(LoadedCustomer::new).toList();
            new CustomerStage(context).run(customers);
            new ContactStage(context).run(customers, placement.contactCount());
            new StepStage(context).run(customers, placement.stepCount());
            KpiStage kpis = new KpiStage(context, placement.learners().getFirst());
            Map<String, String> improvements = kpis.improvements(placement.improvements());
            new FeedbackStage(context).run(customers, placement.responseCount());
            new PromiseStage(context).run(customers, placement.promiseCount());
            boolean caughtUp = kpis.awaitCaughtUp(placement);
            List<Evaluation> evaluations = kpis.evaluations(placement.improvements(), improvements);
            progress.say("Improvement actions, as kpi-service evaluates them:");
            for (Evaluation e : evaluations) {
                progress.say("  " + e.verdict() + ": \"" + e.title() + "\" (" + e.targetKpi() + ", in place "
                        + e.dateInPlace() + ") " + e.summary());
            }
            progress.say(String.format(java.util.Locale.ROOT, "Done in %.1f s.", progress.elapsed().toMillis()
                    / 1000.0));
            return new Result(placement, timeline, evaluations, caughtUp, progress.elapsed());
        } finally {
            workers.shutdownNow();
            http.close();
        }
    }

    private static void ready(LoadContext context) {
        for (ServiceClient service : List.of(context.customers, context.feedback, context.kpis)) {
            if (!service.ready()) {
                throw new DemoException(service.name() + " at " + service.base() + " is not ready yet (/q/health/ready)"
                        + ": wait for ./rapport up to finish, or see ./rapport status");
            }
        }
    }

    private static void signIn(LoadContext context, Placement placement) {
        Progress.Stage stage = context.progress.stage("learners", placement.learners().size());
        context.eachInParallel(placement.learners(), learner -> {
            context.token(learner);
            stage.advance(false);
        });
        stage.done("signed in: " + String.join(", ", placement.learners()));
    }
}
