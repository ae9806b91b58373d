using Commerce.Domain.Entities;
using Commerce.Domain.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Repositories;

public class EfRepository<TAggregate>(CommerceDbContext db) : IRepository<TAggregate>
    where TAggregate : AggregateRoot
{
    protected CommerceDbContext Db => db;

    protected DbSet<TAggregate> Set => db.Set<TAggregate>();

    public IQueryable<TAggregate> Query() => Set.AsNoTracking();

    public Task<TAggregate?> FindAsync(Guid id, CancellationToken ct) => Set.FirstOrDefaultAsync(x => x.Id == id, ct);

    public async Task<TAggregate> GetAsync(Guid id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(TAggregate), id);

    public async Task AddAsync(TAggregate aggregate, CancellationToken ct) => await Set.AddAsync(aggregate, ct);

    public void Remove(TAggregate aggregate) => Set.Remove(aggregate);
}
