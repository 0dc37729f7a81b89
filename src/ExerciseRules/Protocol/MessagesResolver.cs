using NRules.Extensibility;

namespace ExerciseRules.Protocol;

/// <summary>
/// Gives the compose rules the evaluation's <see cref="ComposedMessages"/> as an NRules rule dependency
/// (<c>Dependency().Resolve(() =&gt; messages)</c>): the collector is not a fact about the person, so it is not in the
/// working memory, no rule matches it and no trace lists it.
/// </summary>
/// <param name="messages">The evaluation's collector.</param>
internal sealed class MessagesResolver(ComposedMessages messages) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(ComposedMessages)
            ? messages
            : throw new InvalidOperationException(
                $"The rule '{context.Rule.Name}' depends on {serviceType.Name}, which ExerciseRules does not provide: a rule may depend only on ComposedMessages (to add message codes). Pass what else it needs to the rule's constructor.");
}
