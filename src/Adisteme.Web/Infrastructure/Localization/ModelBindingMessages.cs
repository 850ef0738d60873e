using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Localization;

public static class ModelBindingMessages
{
    /// <summary>Messages for values that fail to bind (a date typed as "abc") in the user's language.</summary>
    public static void UseLocalizedMessages(this DefaultModelBindingMessageProvider provider, IServiceCollection services)
    {
        // Resolved lazily: the localizer factory is not built yet when MVC options are configured.
        IStringLocalizer? localizer = null;
        IStringLocalizer L()
        {
            localizer ??= services.BuildServiceProviderLocalizer();
            return localizer;
        }
        provider.SetValueIsInvalidAccessor(v => L()["The value '{0}' is not valid.", v]);
        provider.SetAttemptedValueIsInvalidAccessor((v, f) => L()["The value '{0}' is not valid for {1}.", v, L()[f]]);
        provider.SetMissingBindRequiredValueAccessor(f => L()["A value for {0} was not provided.", L()[f]]);
        provider.SetMissingKeyOrValueAccessor(() => L()["A value is required."]);
        provider.SetValueMustNotBeNullAccessor(f => L()["The value '{0}' is invalid.", f]);
        provider.SetValueMustBeANumberAccessor(f => L()["The field {0} must be a number.", L()[f]]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(v => L()["The value '{0}' is not valid.", v]);
        provider.SetUnknownValueIsInvalidAccessor(f => L()["The supplied value is invalid for {0}.", L()[f]]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => L()["The supplied value is invalid."]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => L()["The field must be a number."]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => L()["A non-empty request body is required."]);
    }

    private static IStringLocalizer BuildServiceProviderLocalizer(this IServiceCollection services)
    {
        var factory = new ResourceManagerStringLocalizerFactory(
            Microsoft.Extensions.Options.Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        return factory.Create(typeof(SharedResource));
    }
}
