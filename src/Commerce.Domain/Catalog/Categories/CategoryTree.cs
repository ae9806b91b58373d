namespace Commerce.Catalog.Categories;

/// <summary>The shape of a tenant's tree: each category's parent, read in one query.</summary>
public sealed class CategoryTree(IReadOnlyDictionary<Guid, Guid?> parents)
{
    public bool Contains(Guid id) => parents.ContainsKey(id);

    /// <summary>Whether <paramref name="candidate"/> is the category itself or lies anywhere below it.</summary>
    public bool IsSelfOrDescendant(Guid candidate, Guid category)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = candidate; current is { } id && seen.Add(id); current = parents.GetValueOrDefault(id))
        {
            if (id == category)
                return true;
        }

        return false;
    }

    /// <summary>The category and every category below it.</summary>
    public IReadOnlyList<Guid> SelfAndDescendants(Guid category)
    {
        var children = parents.Where(p => p.Value is not null).ToLookup(p => p.Value!.Value, p => p.Key);
        var result = new List<Guid>();
        var pending = new Stack<Guid>([category]);
        while (pending.TryPop(out var id))
        {
            if (result.Contains(id))
                continue;
            result.Add(id);
            foreach (var child in children[id])
                pending.Push(child);
        }

        return result;
    }
}
