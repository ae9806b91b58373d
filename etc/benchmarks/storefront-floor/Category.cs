internal sealed record Category(Guid Id, string Name, string Handle, Guid? ParentId);
