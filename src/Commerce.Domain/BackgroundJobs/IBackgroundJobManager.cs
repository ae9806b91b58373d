namespace Commerce.BackgroundJobs;

/// <summary>Enqueues jobs; the current tenant travels with the job and is restored when it runs.</summary>
public interface IBackgroundJobManager
{
    /// <summary>Returns the job's id.</summary>
    string Enqueue<TJob, TArgs>(TArgs args, TimeSpan? delay = null)
        where TJob : class, IBackgroundJob<TArgs>;
}
